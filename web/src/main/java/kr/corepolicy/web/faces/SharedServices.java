package kr.corepolicy.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import kr.corepolicy.service.dashboard.DashboardService;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.work.MyWorkService;

/**
 * One reference per application to the services that the most opened pages' request-scoped beans call (the home page,
 * the dashboards), injected with {@code @Inject @Shared}. A plain {@code @Inject} of a session bean into a
 * request-scoped bean makes a new reference to it for every request, and Payara resolves each one through JNDI and
 * HK2: 5–7 % of a dashboard request under load (docs/performance.md). A reference to a stateless session bean may be
 * used by any number of threads at once; the caller's identity and the transaction are the calling thread's.
 */
@ApplicationScoped
public class SharedServices {

    @Inject
    private DashboardService dashboards;

    @Inject
    private OrganizationService organization;

    @Inject
    private MyWorkService myWork;

    @Produces
    @Shared
    DashboardService dashboards() {
        return dashboards;
    }

    @Produces
    @Shared
    OrganizationService organization() {
        return organization;
    }

    @Produces
    @Shared
    MyWorkService myWork() {
        return myWork;
    }
}
