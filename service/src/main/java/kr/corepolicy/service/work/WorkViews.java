package kr.corepolicy.service.work;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.dashboard.DashboardViews.RiskPage;
import kr.corepolicy.service.organization.UnitRef;

/** The read models of "my work" (내 업무), shared by the home page and {@code GET /api/me/work}. */
public final class WorkViews {

    private WorkViews() {
    }

    /**
     * What the signed-in user must do now, with counts and the first few of each list.
     *
     * @param waiting documents waiting for the user's signature, or for someone they stand in for today (the
     *     approval queue's waiting box)
     * @param returned documents the user drafted that were returned (the returned box)
     * @param unread the user's unread notifications
     * @param reportsDue progress reports of the user's tasks (officer = user) in open periods that are not yet
     *     submitted: not started, a draft, withdrawn or returned
     * @param reportsOverdue of {@code reportsDue}, those past their period's due date
     * @param reports the most urgent of {@code reportsDue} (earliest due date first), at most
     *     {@link MyWorkService#REPORTS_SHOWN}
     * @param taskCount the tasks whose officer is the user
     * @param tasks the first of them by strategy and management number, at most {@link MyWorkService#TASKS_SHOWN}
     * @param portfolioDashboard whether the user is one the portfolio dashboard is made for: the planning office,
     *     executives, T/F leaders, administrators
     */
    /**
     * @param departmentRisks for a department head, the first tasks at risk of the department they head (the
     *        department dashboard has them all); null for everyone else
     */
    public record MyWork(long waiting, long returned, long unread, long reportsDue, long reportsOverdue,
            List<ReportDue> reports, long taskCount, List<MyTask> tasks, boolean portfolioDashboard,
            DepartmentRisks departmentRisks) {

        public MyWork {
            reports = List.copyOf(reports);
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * A progress report the user still has to submit.
     *
     * @param periodLabel the period as official documents name it, in Korean ("2026년 4분기")
     * @param daysLeft days from today (Asia/Seoul) to the due date: 3 three days before, 0 on the day, -2 two days
     *     after
     * @param overdue whether today is past the due date (as {@code ReportingPeriod.isOverdueOn})
     */
    public record ReportDue(long reportId, long taskId, String taskNumber, String taskTitle, String taskTitleEn,
            long periodId, String periodLabel, LocalDate dueDate, ReportState state, long daysLeft,
            boolean overdue) {

        /** The report as seen on {@code today}: the days left to its due date, and whether it is overdue. */
        public static ReportDue on(LocalDate today, long reportId, long taskId, String taskNumber, String taskTitle,
                String taskTitleEn, long periodId, String periodLabel, LocalDate dueDate, ReportState state) {
            long days = ChronoUnit.DAYS.between(today, dueDate);
            return new ReportDue(reportId, taskId, taskNumber, taskTitle, taskTitleEn, periodId, periodLabel, dueDate,
                    state, days, days < 0);
        }
    }

    /**
     * One of the user's tasks with its status and official progress.
     *
     * @param progressPercent the progress of the task's official report (its approved report of the latest
     *     period); null before one
     * @param officialReportId the report that progress comes from; null before one
     */
    public record MyTask(long id, String managementNumber, String title, String titleEn, TaskStatus status,
            Integer progressPercent, Long officialReportId) {
    }

    /** A department head's department and the first page of its tasks at risk, each with its reasons. */
    public record DepartmentRisks(UnitRef department, RiskPage risks) {
    }
}
