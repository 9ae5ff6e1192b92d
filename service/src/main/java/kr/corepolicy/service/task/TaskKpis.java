package kr.corepolicy.service.task;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.PolicyTask;

/**
 * A task's KPIs with every year's target, read in one statement for the card, a report's detail and the official
 * figures. The targets are a lazy element collection of each KPI, so reading them KPI by KPI cost one statement
 * per KPI: the more KPIs a task had, the more statements its card, its reports and their documents sent (#12,
 * StatementCountIT). EclipseLink's batch hints do not do this job: through a report's join-fetched task they are
 * ignored, and on a task read by its id the IN kind leaves the task's KPI list empty.
 */
@Stateless
// A query helper of the services, not a function of its own: the services that call it declare who may call them.
@PermitAll
public class TaskKpis {

    @PersistenceContext
    private EntityManager em;

    /**
     * Reads the task's KPIs and all their targets into the persistence context in one statement, so that
     * {@code task.getKpis()} and every KPI's {@code getTargets()} then cost one statement together (the list's
     * own), however many KPIs the task has. Call it before anything in the transaction touches the task's KPIs:
     * a KPI already read keeps its targets unread, and each still costs a statement.
     */
    public void readWithTargets(PolicyTask task) {
        em.createQuery("select distinct k from Kpi k left join fetch k.targets where k.task = :task", Kpi.class)
                .setParameter("task", task).getResultList();
    }
}
