package kr.corepolicy.service.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.notification.LinkTarget;
import kr.corepolicy.domain.notification.NotificationKind;
import kr.corepolicy.domain.notification.SentReminder;
import kr.corepolicy.domain.report.PeriodState;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.report.ReportingPeriod;
import kr.corepolicy.service.approval.ApprovalLines;
import kr.corepolicy.service.notification.NotificationService;
import kr.corepolicy.service.platform.ClockProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminders of the reporting cycle, once a day per open period: due soon and overdue to the writer of each
 * report not yet submitted, an escalation to the owning department's head when a report is late by
 * {@code corepolicy.reminders.escalate-after-days}, and the late list to the planning office. The timer fires
 * on every instance; the day of each period is claimed with one conditional update in the database, and every
 * reminder sent is recorded under a unique key, so no reminder goes out twice.
 */
@Stateless
@PermitAll
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NotificationService notifications;

    @Inject
    private ApprovalLines lines;

    @Inject
    @ConfigProperty(name = "corepolicy.reminders.due-soon-days", defaultValue = "3")
    int dueSoonDays;

    @Inject
    @ConfigProperty(name = "corepolicy.reminders.escalate-after-days", defaultValue = "3")
    int escalateAfterDays;

    @Resource
    private SessionContext context;

    /** Hourly, so that a restarted or newly added instance catches up the same day. */
    @Schedule(minute = "5", hour = "*", persistent = false)
    void everyHour() {
        Map<NotificationKind, Integer> sent = context.getBusinessObject(ReminderService.class)
                .sweep(LocalDate.now(clock.withZone(ClockProducer.SEOUL)));
        if (!sent.isEmpty()) {
            LOG.info(() -> "Reminders sent: " + sent);
        }
    }

    /**
     * The planning office sends today's reminders now instead of waiting for the hourly timer (after opening a
     * period whose due date has passed, say). The same claim applies: a later run on the same day sends
     * nothing again.
     */
    @jakarta.annotation.security.RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public Map<NotificationKind, Integer> sweepNow() {
        return sweep(LocalDate.now(clock.withZone(ClockProducer.SEOUL)));
    }

    /**
     * Sends the reminders of {@code today} for every open period not yet swept today; returns how many of
     * each kind went out. Sweeping the same day again sends nothing.
     */
    public Map<NotificationKind, Integer> sweep(LocalDate today) {
        Map<NotificationKind, Integer> sent = new EnumMap<>(NotificationKind.class);
        List<Long> open = em.createQuery("select p.id from ReportingPeriod p where p.state = :open "
                        + "and (p.remindedOn is null or p.remindedOn < :today)", Long.class)
                .setParameter("open", PeriodState.OPEN).setParameter("today", today).getResultList();
        for (Long id : open) {
            int claimed = em.createQuery("update ReportingPeriod p set p.remindedOn = :today where p.id = :id "
                            + "and (p.remindedOn is null or p.remindedOn < :today)")
                    .setParameter("today", today).setParameter("id", id).executeUpdate();
            if (claimed == 1) {
                remind(em.find(ReportingPeriod.class, id), today, sent);
            }
        }
        return sent;
    }

    private void remind(ReportingPeriod period, LocalDate today, Map<NotificationKind, Integer> sent) {
        em.refresh(period);
        List<ProgressReport> unsent = em.createQuery("select r from ProgressReport r join fetch r.task t "
                        + "join fetch t.owningUnit left join fetch t.officer left join fetch r.document d "
                        + "where r.period = :p and (d is null or d.status in :open)", ProgressReport.class)
                .setParameter("p", period)
                .setParameter("open", List.of(DocumentStatus.DRAFT, DocumentStatus.RETURNED))
                .getResultList();
        if (unsent.isEmpty()) {
            return;
        }
        String label = ReportMapping.label(period);
        String due = period.getDueDate().toString();
        boolean dueSoon = !today.isAfter(period.getDueDate()) && !today.isBefore(period.getDueDate().minusDays(dueSoonDays));
        boolean overdue = period.isOverdueOn(today);
        boolean escalate = !today.isBefore(period.getDueDate().plusDays(escalateAfterDays)) && overdue;
        for (ProgressReport r : unsent) {
            String subject = label + " " + r.getTask().getManagementNumber() + " " + r.getTask().getTitle();
            LinkTarget link = LinkTarget.of(LinkTarget.Kind.REPORT, r.getId());
            String writer = r.getDocument() != null ? r.getDocument().getDrafterUsername()
                    : r.getTask().getOfficer() == null ? null : r.getTask().getOfficer().getUsername();
            String key = "report:" + r.getId();
            if (writer != null && dueSoon) {
                once(NotificationKind.DUE_SOON, key, writer, subject, due, link, sent);
            }
            if (writer != null && overdue) {
                once(NotificationKind.OVERDUE, key, writer, subject, due, link, sent);
            }
            if (escalate || overdue && writer == null) {
                for (UserAccount head : lines.headsOf(List.of(r.getTask().getOwningUnit()))) {
                    once(NotificationKind.ESCALATED, key, head.getUsername(), subject, due, link, sent);
                }
            }
        }
        if (overdue) {
            List<String> planners = em.createQuery("select u.username from UserAccount u join u.roles r "
                    + "where r = :planner and u.active = true", String.class)
                    .setParameter("planner", Role.PLANNER).getResultList();
            for (String planner : planners) {
                once(NotificationKind.LATE_LIST, "period:" + period.getId(), planner, label,
                        Integer.toString(unsent.size()), LinkTarget.of(LinkTarget.Kind.LATE_REPORTS, period.getId()), sent);
            }
        }
    }

    private void once(NotificationKind kind, String subjectKey, String recipient, String subject, String detail,
            LinkTarget link, Map<NotificationKind, Integer> sent) {
        boolean already = !em.createQuery("select s.id from SentReminder s where s.kind = :k and s.subjectKey = :s "
                        + "and s.recipient = :r", Long.class)
                .setParameter("k", kind).setParameter("s", subjectKey).setParameter("r", recipient)
                .getResultList().isEmpty();
        if (already) {
            return;
        }
        em.persist(new SentReminder(kind, subjectKey, recipient, clock.instant()));
        notifications.tell(recipient, kind, subject, detail, link);
        sent.merge(kind, 1, Integer::sum);
    }
}
