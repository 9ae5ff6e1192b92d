package kr.corepolicy.service.inbox;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.approval.StepState;
import kr.corepolicy.service.platform.ClockProducer;

/**
 * The header's counts in one statement, so that a page can show them fresh after every Ajax request without a
 * query per badge. Means the same as {@code ApprovalService.counts()} (the approval queue's tabs) and
 * {@code NotificationService.unreadCount()}; the stand-in rule is {@code Absences.standingInFor}'s, as a sub-select.
 * My own steps and the absent colleagues' steps are two counts, each answered from the queue index
 * ({@code ix_approval_step_queue}): one count with "mine or theirs" made H2 scan every step (0.7–1.7 s at 700,000
 * steps, on every page, issue #12). They cannot overlap: nobody stands in for themselves.
 *
 * <p>The counts are written once, in {@link #SELECTS}, for the other statements that read them with more
 * ({@code MyWorkService}: the home page's counts are one statement, not this one and another).
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class InboxCountService {

    /**
     * The four counts as sub-selects of a statement over the caller's {@code UserAccount u}: my waiting steps, my
     * absent colleagues' waiting steps, my returned documents, my unread notifications. Parameters: {@link #bind}.
     */
    public static final String SELECTS = "(select count(s) from ApprovalStep s where s.state = :pending "
            + "and s.assigneeUsername = :me), "
            + "(select count(s) from ApprovalStep s where s.state = :pending and s.assigneeUsername in "
            + "  (select a.absentUsername from Absence a where a.deputyUsername = :me "
            + "  and a.cancelledAt is null and a.firstDay <= :today and a.lastDay >= :today)), "
            + "(select count(d) from ApprovalDocument d where d.status = :returned and d.drafterUsername = :me), "
            + "(select count(n) from Notification n where n.recipient = :me and n.readAt is null)";

    private static final String COUNTS = "select " + SELECTS + " from UserAccount u where u.username = :me";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The caller's counts, read in one statement. */
    public InboxCounts counts() {
        String me = context.getCallerPrincipal().getName();
        Object[] row = bind(em.createQuery(COUNTS, Object[].class), me,
                LocalDate.now(clock.withZone(ClockProducer.SEOUL))).getResultStream().findFirst().orElse(null);
        return row == null ? InboxCounts.NONE : of(row, 0);
    }

    /** Binds the parameters of {@link #SELECTS} (and {@code :me}, {@code :today}) to a query that holds them. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, String me, LocalDate today) {
        return query.setParameter("pending", StepState.PENDING)
                .setParameter("returned", DocumentStatus.RETURNED)
                .setParameter("me", me)
                .setParameter("today", today);
    }

    /** The counts of {@link #SELECTS} in a row of results, from its column {@code first} on. */
    public static InboxCounts of(Object[] row, int first) {
        return new InboxCounts(number(row[first]) + number(row[first + 1]), number(row[first + 2]),
                number(row[first + 3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
