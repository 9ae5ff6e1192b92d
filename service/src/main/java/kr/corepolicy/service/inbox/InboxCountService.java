package kr.corepolicy.service.inbox;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class InboxCountService {

    private static final String COUNTS = "select "
            + "(select count(s) from ApprovalStep s where s.state = :pending and s.assigneeUsername = :me), "
            + "(select count(s) from ApprovalStep s where s.state = :pending and s.assigneeUsername in "
            + "  (select a.absentUsername from Absence a where a.deputyUsername = :me "
            + "  and a.cancelledAt is null and a.firstDay <= :today and a.lastDay >= :today)), "
            + "(select count(d) from ApprovalDocument d where d.status = :returned and d.drafterUsername = :me), "
            + "(select count(n) from Notification n where n.recipient = :me and n.readAt is null) "
            + "from UserAccount u where u.username = :me";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The caller's counts, read in one statement. */
    public InboxCounts counts() {
        String me = context.getCallerPrincipal().getName();
        Object[] row = em.createQuery(COUNTS, Object[].class)
                .setParameter("pending", StepState.PENDING)
                .setParameter("returned", DocumentStatus.RETURNED)
                .setParameter("me", me)
                .setParameter("today", LocalDate.now(clock.withZone(ClockProducer.SEOUL)))
                .getResultStream().findFirst().orElse(null);
        return row == null ? InboxCounts.NONE
                : new InboxCounts(number(row[0]) + number(row[1]), number(row[2]), number(row[3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
