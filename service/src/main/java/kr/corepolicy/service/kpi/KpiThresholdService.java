package kr.corepolicy.service.kpi;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.kpi.KpiThresholds;
import kr.corepolicy.domain.shared.ConflictException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.dashboard.DashboardSnapshots;

/**
 * The planning office's KPI thresholds (issue #13): everyone signed in reads them, since they stand next to every
 * KPI status; the planning office and the administrator change them, with the version they read (a stale one is a
 * conflict), audited. The standings need no rewrite: the thresholds are applied when statuses are counted.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class KpiThresholdService {

    static final String TARGET = "kpi-thresholds";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DashboardSnapshots dashboards;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The thresholds in force, with who set them last: two statements. */
    public KpiThresholdsView current() {
        return view(load());
    }

    /**
     * Sets both thresholds ({@code 0 < behindFrom < onTrackFrom <= 100}, whole percentages); {@code expectedVersion}
     * is the version the editor saw. Values equal to the current ones change nothing (no new version, no audit).
     */
    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public KpiThresholdsView change(int onTrackFrom, int behindFrom, long expectedVersion) {
        KpiThresholds thresholds = load();
        if (thresholds.getVersion() != expectedVersion) {
            throw new ConflictException("KpiThresholds", KpiThresholds.CITY, expectedVersion, thresholds.getVersion());
        }
        if (thresholds.getOnTrackFrom() == onTrackFrom && thresholds.getBehindFrom() == behindFrom) {
            return view(thresholds);
        }
        String before = thresholds.getOnTrackFrom() + "/" + thresholds.getBehindFrom();
        String me = context.getCallerPrincipal().getName();
        thresholds.change(onTrackFrom, behindFrom, me, clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Saved by someone else between the read above and this write.
            throw new ConflictException("KpiThresholds", KpiThresholds.CITY, expectedVersion, expectedVersion + 1);
        }
        audit.record(me, AuditAction.KPI_THRESHOLDS_CHANGED, TARGET,
                before + " -> " + onTrackFrom + "/" + behindFrom, null);
        dashboards.changed();
        return view(thresholds);
    }

    private KpiThresholds load() {
        KpiThresholds thresholds = em.find(KpiThresholds.class, KpiThresholds.CITY);
        if (thresholds == null) {
            // Inserted by the migration (V13); missing only if someone deleted it by hand.
            throw new NotFoundException("KpiThresholds", KpiThresholds.CITY);
        }
        return thresholds;
    }

    private KpiThresholdsView view(KpiThresholds t) {
        String name = t.getUpdatedBy() == null ? null
                : em.createQuery("select u.displayName from UserAccount u where u.username = :n", String.class)
                        .setParameter("n", t.getUpdatedBy()).getResultStream().findFirst()
                        .orElse(t.getUpdatedBy());
        boolean changeable = context.isCallerInRole(Role.Names.PLANNER) || context.isCallerInRole(Role.Names.ADMIN);
        return new KpiThresholdsView(t.getOnTrackFrom(), t.getBehindFrom(), name, t.getUpdatedAt(), t.getVersion(),
                changeable);
    }
}
