package kr.corepolicy.service.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.report.PeriodState;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.TaskStatus;

/** The read models of the reporting cycle, shared by the pages and the API. */
public final class ReportViews {

    private ReportViews() {
    }

    /** A period with how far its reports are. {@code label} is Korean ("2026년 4분기"). */
    public record PeriodView(long id, PeriodKind kind, int year, int number, String label, LocalDate firstDay,
            LocalDate lastDay, LocalDate dueDate, int graceDays, LocalDate deadline, PeriodState state,
            long reports, long submitted, long approved, long overdue) {
    }

    /** A period to choose in a list: no counts, so that offering ten years of periods reads no reports. */
    public record PeriodChoice(long id, String label, PeriodState state) {
    }

    /** One line of a report list. */
    public record ReportRow(long id, long periodId, String periodLabel, long taskId, String taskNumber,
            String taskTitle, String owningUnitName, String officerName, ReportState state, TaskStatus reportedStatus,
            Integer progressPercent, Long documentId, Instant savedAt, boolean overdue, boolean lateConsent) {
    }

    /** A KPI of the task with its target for the year and the actual of this report. */
    public record KpiLine(long kpiId, String name, String unit, BigDecimal target, BigDecimal actual) {
    }

    /** One fund line of a report, next to the plan of the same year and source. */
    public record FundLine(int fiscalYear, FundSource source, long plannedWon, long requestedWon, long securedWon,
            long executedWon) {
    }

    /** A report as its editor and its document page show it. */
    public record ReportDetail(long id, long version, PeriodView period, long taskId, String taskNumber,
            String taskTitle, String owningUnitName, String officerName, ReportState state,
            TaskStatus reportedStatus, Integer progressPercent, String results, String delayReasons,
            String countermeasures, String nextSteps, List<KpiLine> kpis, List<FundLine> funds, Long documentId,
            String savedBy, Instant savedAt, String lateConsentBy, boolean editableByMe, boolean submittableToday,
            boolean needsLateConsent, List<Integer> fundYears, List<AttachmentView> attachments) {
    }

    /** A file attached to a report, as lists show it. */
    public record AttachmentView(long id, long reportId, String name, String contentType, long sizeBytes,
            String sha256, String uploadedBy, Instant uploadedAt) {
    }

    /** The approved reports of a task and the figures that are official now. */
    public record TaskReports(List<ReportRow> reports, ReportDetail official) {
    }
}
