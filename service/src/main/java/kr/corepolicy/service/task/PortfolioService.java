package kr.corepolicy.service.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.strategy.Strategy;
import kr.corepolicy.domain.strategy.TaskForce;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.service.shared.Paging;
import kr.corepolicy.service.task.TaskViews.PersonRef;
import kr.corepolicy.service.task.TaskViews.StrategyDetail;
import kr.corepolicy.service.task.TaskViews.StrategySummary;
import kr.corepolicy.service.task.TaskViews.TaskRow;
import kr.corepolicy.service.task.TaskViews.UnitRef;

/**
 * Reading the portfolio: strategies with their task counts, one strategy with its task force, and the task
 * list filtered, sorted and paged in the database. Every read is a fixed number of SQL statements, whatever
 * the number of tasks.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class PortfolioService {

    public static final int MAX_PAGE_SIZE = 200;
    private static final String FROM = " from PolicyTask t join t.strategy s join t.owningUnit o";

    @PersistenceContext
    private EntityManager em;

    /** Every strategy in number order, each with its task count and the count by status (2 statements). */
    public List<StrategySummary> strategies() {
        List<Strategy> strategies = em.createQuery("select s from Strategy s order by s.number", Strategy.class)
                .getResultList();
        Map<Long, Map<TaskStatus, Long>> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select t.strategy.id, t.status, count(t) from PolicyTask t "
                + "group by t.strategy.id, t.status", Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(TaskStatus.class))
                    .put((TaskStatus) row[1], (Long) row[2]);
        }
        List<StrategySummary> result = new ArrayList<>();
        for (Strategy s : strategies) {
            result.add(summary(s, counts.getOrDefault(s.getId(), Map.of())));
        }
        return result;
    }

    private static StrategySummary summary(Strategy s, Map<TaskStatus, Long> byStatus) {
        Map<TaskStatus, Long> ordered = new LinkedHashMap<>();
        long total = 0;
        for (TaskStatus status : TaskStatus.values()) {
            long n = byStatus.getOrDefault(status, 0L);
            total += n;
            if (n > 0) {
                ordered.put(status, n);
            }
        }
        return new StrategySummary(s.getId(), s.getNumber(), s.getNameKo(), s.getNameEn(), s.getDescriptionKo(),
                s.getDescriptionEn(), total, ordered);
    }

    /** One strategy with its task force and tasks. */
    public StrategyDetail strategy(long id) {
        Strategy strategy = em.find(Strategy.class, id);
        if (strategy == null) {
            throw new NotFoundException("Strategy", id);
        }
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        for (Object[] row : em.createQuery("select t.status, count(t) from PolicyTask t where t.strategy = :s "
                + "group by t.status", Object[].class).setParameter("s", strategy).getResultList()) {
            byStatus.put((TaskStatus) row[0], (Long) row[1]);
        }
        TaskForce tf = em.createQuery("select f from TaskForce f left join fetch f.leader l "
                        + "left join fetch l.orgUnit left join fetch f.coordinatingUnit where f.strategy = :s",
                        TaskForce.class)
                .setParameter("s", strategy).getResultStream().findFirst().orElse(null);
        List<PersonRef> members = new ArrayList<>();
        if (tf != null) {
            for (UserAccount m : em.createQuery("select u from TaskForce f join f.members u join fetch u.orgUnit "
                    + "where f = :f order by u.displayName", UserAccount.class).setParameter("f", tf).getResultList()) {
                members.add(person(m));
            }
        }
        Page<TaskRow> tasks = search(new TaskFilter(strategy.getNumber(), null, false, null, null, null, null),
                TaskSort.NUMBER, false, 0, MAX_PAGE_SIZE);
        return new StrategyDetail(summary(strategy, byStatus), strategy.getVision(),
                tf == null ? null : tf.getNameKo(), tf == null ? null : person(tf.getLeader()),
                tf == null ? null : unit(tf.getCoordinatingUnit()), members, tasks.items());
    }

    /** How many tasks the filter selects (1 statement). */
    public long count(TaskFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> count = em.createQuery("select count(t)" + FROM + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The task list: filtered and paged in the database (a count and a page: 2 statements). */
    public Page<TaskRow> search(TaskFilter filter, TaskSort sort, boolean descending, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        int pageSize = size;
        int pageIndex = page;
        return new Page<>(rows(filter, sort, descending, pageIndex * pageSize, pageSize), count(filter), pageIndex,
                pageSize);
    }

    /** Rows {@code first} to {@code first + max} of the filtered, sorted list (1 statement), for paged tables. */
    public List<TaskRow> rows(TaskFilter filter, TaskSort sort, boolean descending, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<PolicyTask> rows = em.createQuery("select t from PolicyTask t join fetch t.strategy s "
                + "join fetch t.owningUnit o left join fetch t.officer" + where + " order by " + sort.orderBy(descending),
                PolicyTask.class);
        parameters.forEach(rows::setParameter);
        return rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)))
                .getResultList().stream().map(PortfolioService::row).toList();
    }

    /** The JPQL condition of a filter; values only ever go in as parameters. */
    private static String where(TaskFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.strategyNumber() != null) {
            where.append(" and s.number = :strategyNumber");
            parameters.put("strategyNumber", filter.strategyNumber());
        }
        if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
            where.append(filter.includeCollaborating()
                    ? " and (o.code = :unit or exists (select c from PolicyTask t2 join t2.collaboratingUnits c "
                            + "where t2 = t and c.code = :unit))"
                    : " and o.code = :unit");
            parameters.put("unit", filter.unitCode().strip());
        }
        if (filter.status() != null) {
            where.append(" and t.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.source() != null) {
            where.append(" and :source member of t.sources");
            parameters.put("source", filter.source());
        }
        if (filter.term() != null) {
            where.append(" and t.term = :term");
            parameters.put("term", filter.term());
        }
        String like = filter.likePattern();
        if (like != null) {
            where.append(" and (lower(t.title) like :text escape '\\' or lower(t.managementNumber) like :text "
                    + "escape '\\' or lower(t.titleEn) like :text escape '\\')");
            parameters.put("text", like);
        }
        return where.toString();
    }

    static TaskRow row(PolicyTask t) {
        return new TaskRow(t.getId(), t.getManagementNumber(), t.getTitle(), t.getTitleEn(),
                t.getStrategy().getNumber(), t.getStrategy().getNameKo(), unit(t.getOwningUnit()),
                t.getOfficer() == null ? null : t.getOfficer().getDisplayName(), t.getStatus(), t.getTerm(),
                t.getPeriod().getStartDate(), t.getPeriod().getEndDate(), t.getVersion());
    }

    static UnitRef unit(OrgUnit u) {
        return u == null ? null : new UnitRef(u.getId(), u.getCode(), u.getNameKo(), u.getNameEn());
    }

    static PersonRef person(UserAccount u) {
        return u == null ? null : new PersonRef(u.getUsername(), u.getDisplayName(), u.getPosition().name(),
                u.getOrgUnit().getNameKo());
    }
}
