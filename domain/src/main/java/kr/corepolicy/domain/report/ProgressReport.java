package kr.corepolicy.domain.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.approval.IllegalTransitionException;
import kr.corepolicy.domain.approval.Subject;
import kr.corepolicy.domain.shared.FieldsRefusedException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.Texts;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.domain.task.TaskStatus;

/**
 * A progress report (추진실적 보고) of one task for one period. Written as a draft that saves as the officer
 * goes, sent through electronic approval as its {@link ApprovalDocument}; once approved it is official and
 * never changes again.
 */
@Entity
@Table(name = "progress_report")
@NamedQuery(name = ProgressReport.APPROVED_OF_TASK, query = "select r from ProgressReport r join fetch r.period "
        + "join fetch r.document d where r.task = :task "
        + "and d.status = kr.corepolicy.domain.approval.DocumentStatus.APPROVED")
public class ProgressReport {

    /** The approved reports of a task (parameter {@code task}), with their periods and documents. */
    public static final String APPROVED_OF_TASK = "ProgressReport.approvedOfTask";

    public static final int RESULTS_MAX = 4000;
    public static final int TEXT_MAX = 2000;
    public static final int MAX_FUND_LINES = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    private PolicyTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private ReportingPeriod period;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "document_id")
    private ApprovalDocument document;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_status", length = 20)
    private TaskStatus reportedStatus;

    @Column(name = "progress_percent")
    private Integer progressPercent;

    @Column(name = "results", length = RESULTS_MAX)
    private String results;

    @Column(name = "delay_reasons", length = TEXT_MAX)
    private String delayReasons;

    @Column(name = "countermeasures", length = TEXT_MAX)
    private String countermeasures;

    @Column(name = "next_steps", length = TEXT_MAX)
    private String nextSteps;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_kpi_actual", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "sort_order")
    private List<KpiActual> kpiActuals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_fund_figure", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "sort_order")
    private List<FundFigure> funds = new ArrayList<>();

    @Column(name = "late_consent_by", length = 50)
    private String lateConsentBy;

    @Column(name = "late_consent_at")
    private Instant lateConsentAt;

    @Column(name = "saved_by", length = 50)
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    /**
     * A copy of the decision in the report's own row, so that the dashboards count the approved reports of a period by
     * an index of this table instead of reading every report's document (see {@link #recordApproval}).
     */
    @Column(name = "approved", nullable = false)
    private boolean approvedCopy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProgressReport() {
        // for JPA
    }

    /** The empty report that opening a period gives an active task. */
    public ProgressReport(PolicyTask task, ReportingPeriod period) {
        this.task = Objects.requireNonNull(task, "task");
        this.period = Objects.requireNonNull(period, "period");
    }

    /** Where the report is: not started, a draft, on its line, returned or approved. */
    public ReportState getState() {
        return ReportState.of(document == null ? null : document.getStatus(), savedAt != null);
    }

    /** Whether the content may still change: before submission, after a return or a withdrawal. */
    public boolean isEditable() {
        return document == null || document.getStatus().isEditable();
    }

    /**
     * Saves what the officer wrote so far. Everything a draft holds must be well-formed (lengths, ranges,
     * KPIs of this task, no negative money); completeness is checked at submission.
     */
    public void write(ReportContent content, String by, Instant at) {
        if (!isEditable()) {
            throw new IllegalTransitionException("report.notEditable", "report " + id + " is " + getState(),
                    getState().name());
        }
        Integer progress = content.progressPercent();
        if (progress != null && (progress < 0 || progress > 100)) {
            throw new InvalidInputException("progressPercent", "report.progressRange", "progress out of 0..100");
        }
        requireReportable(content.status());
        List<KpiActual> actuals = actuals(content.kpiActuals());
        List<FundFigure> figures = figures(content.funds());
        this.reportedStatus = content.status();
        this.progressPercent = progress;
        this.results = Texts.optional("results", content.results(), RESULTS_MAX);
        this.delayReasons = Texts.optional("delayReasons", content.delayReasons(), TEXT_MAX);
        this.countermeasures = Texts.optional("countermeasures", content.countermeasures(), TEXT_MAX);
        this.nextSteps = Texts.optional("nextSteps", content.nextSteps(), TEXT_MAX);
        if (!sameActuals(actuals)) {
            kpiActuals.clear();
            kpiActuals.addAll(actuals);
        }
        if (!sameFigures(figures)) {
            funds.clear();
            funds.addAll(figures);
        }
        this.savedBy = Objects.requireNonNull(by, "by");
        this.savedAt = Objects.requireNonNull(at, "at");
    }

    private List<KpiActual> actuals(List<ReportContent.Actual> wanted) {
        Map<Long, Kpi> kpis = task.getKpis().stream().collect(Collectors.toMap(Kpi::getId, Function.identity()));
        Set<Long> seen = new HashSet<>();
        List<KpiActual> result = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ReportContent.Actual actual = wanted.get(i);
            String field = "kpiActuals[" + i + "]";
            Kpi kpi = kpis.get(actual.kpiId());
            if (kpi == null) {
                throw new InvalidInputException(field, "report.unknownKpi", "not a KPI of this task: " + actual.kpiId(),
                        String.valueOf(actual.kpiId()));
            }
            if (!seen.add(actual.kpiId())) {
                throw new InvalidInputException(field, "report.duplicateKpi", "KPI twice", kpi.getName());
            }
            if (actual.value() == null) {
                continue;
            }
            if (actual.value().signum() < 0) {
                throw new InvalidInputException(field, "report.negativeActual", "negative actual", kpi.getName());
            }
            // The column keeps 15 digits and 4 decimals: a figure it would round or refuse is refused here, named.
            if (actual.value().compareTo(Kpi.MAX_VALUE) > 0
                    || actual.value().stripTrailingZeros().scale() > Kpi.FRACTION_DIGITS) {
                throw new InvalidInputException(field + ".value", "report.actualOutOfRange", "actual out of range",
                        kpi.getName(), actual.value().toPlainString(), Kpi.MAX_VALUE.toPlainString(),
                        String.valueOf(Kpi.FRACTION_DIGITS));
            }
            result.add(new KpiActual(kpi.getId(), kpi.getName(), kpi.getUnit(), actual.value()));
        }
        return result;
    }

    private List<FundFigure> figures(List<ReportContent.Funds> wanted) {
        if (wanted.size() > MAX_FUND_LINES) {
            throw new InvalidInputException("funds", "report.tooManyFundLines", "too many lines",
                    String.valueOf(MAX_FUND_LINES));
        }
        Set<String> seen = new HashSet<>();
        List<FundFigure> result = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ReportContent.Funds line = wanted.get(i);
            String field = "funds[" + i + "]";
            if (line.source() == null) {
                throw new InvalidInputException(field + ".source", "report.fundSourceRequired", "source required");
            }
            if (!task.getPeriod().containsYear(line.fiscalYear())) {
                throw new InvalidInputException(field + ".fiscalYear", "report.fundYearOutside",
                        "year outside the task period", String.valueOf(line.fiscalYear()));
            }
            if (!seen.add(line.fiscalYear() + "/" + line.source())) {
                throw new InvalidInputException(field, "report.duplicateFundLine", "duplicate fund line",
                        String.valueOf(line.fiscalYear()), line.source().name());
            }
            if (line.requestedWon() < 0 || line.securedWon() < 0 || line.executedWon() < 0) {
                throw new InvalidInputException(field, "report.negativeMoney", "negative money");
            }
            if (line.requestedWon() > PolicyTask.MAX_AMOUNT_WON || line.securedWon() > PolicyTask.MAX_AMOUNT_WON
                    || line.executedWon() > PolicyTask.MAX_AMOUNT_WON) {
                throw new InvalidInputException(field, "report.moneyTooLarge", "over the largest amount",
                        String.valueOf(PolicyTask.MAX_AMOUNT_WON));
            }
            if (line.executedWon() > line.securedWon()) {
                throw new InvalidInputException(field + ".executedWon", "report.executedOverSecured",
                        "executed more than secured", String.valueOf(line.fiscalYear()), line.source().name());
            }
            result.add(new FundFigure(line.fiscalYear(), line.source(), line.requestedWon(), line.securedWon(),
                    line.executedWon()));
        }
        return result;
    }

    private boolean sameActuals(List<KpiActual> other) {
        if (other.size() != kpiActuals.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            KpiActual a = kpiActuals.get(i);
            KpiActual b = other.get(i);
            if (a.getKpiId() != b.getKpiId() || a.getValue().compareTo(b.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean sameFigures(List<FundFigure> other) {
        if (other.size() != funds.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            FundFigure a = funds.get(i);
            FundFigure b = other.get(i);
            if (a.getFiscalYear() != b.getFiscalYear() || a.getSource() != b.getSource()
                    || a.getRequestedWon() != b.getRequestedWon() || a.getSecuredWon() != b.getSecuredWon()
                    || a.getExecutedWon() != b.getExecutedWon()) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a submission needs: a status, the progress, the results of the period, reasons for the delay and
     * countermeasures when the task is not on track, and next steps unless the task is done. Every missing or
     * invalid field is refused at once ({@link FieldsRefusedException} when there are several), in the order of
     * the form.
     */
    public void checkComplete() {
        List<InvalidInputException> refused = new ArrayList<>();
        if (reportedStatus == null) {
            refused.add(new InvalidInputException("status", "report.statusRequired", "status required"));
        } else if (!reportedStatus.isReportable()) {
            refused.add(new InvalidInputException("status", "report.statusNotReportable",
                    "a report may not set " + reportedStatus, reportedStatus));
        }
        if (progressPercent == null) {
            refused.add(new InvalidInputException("progressPercent", "report.progressRequired", "progress required"));
        } else if (reportedStatus == TaskStatus.DONE && progressPercent != 100) {
            refused.add(new InvalidInputException("progressPercent", "report.doneNeedsFull", "done needs 100 %"));
        }
        if (results == null) {
            refused.add(new InvalidInputException("results", "report.resultsRequired", "results required"));
        }
        if (ReportContent.needsExplanation(reportedStatus) && delayReasons == null) {
            refused.add(new InvalidInputException("delayReasons", "report.delayReasonsRequired",
                    "delay reasons required"));
        }
        if (ReportContent.needsExplanation(reportedStatus) && countermeasures == null) {
            refused.add(new InvalidInputException("countermeasures", "report.countermeasuresRequired",
                    "countermeasures required"));
        }
        if (ReportContent.needsNextSteps(reportedStatus) && nextSteps == null) {
            refused.add(new InvalidInputException("nextSteps", "report.nextStepsRequired", "next steps required"));
        }
        FieldsRefusedException.throwIfAny(refused);
    }

    /** A report carries one of the statuses a report may set; 폐기, 대체 and 통합 come only from an adjustment. */
    private static void requireReportable(TaskStatus status) {
        if (status != null && !status.isReportable()) {
            throw new InvalidInputException("status", "report.statusNotReportable",
                    "a report may not set " + status, status);
        }
    }

    /** Attaches the approval document the first submission creates. */
    public void attach(ApprovalDocument newDocument) {
        if (document != null) {
            throw new IllegalStateException("report " + id + " already has document " + document.getId());
        }
        Objects.requireNonNull(newDocument, "document");
        if (id != null && !newDocument.getSubject().equals(Subject.of(DocumentType.PROGRESS_REPORT, id))) {
            throw new IllegalArgumentException("document of " + newDocument.getSubject() + " is not report " + id);
        }
        this.document = newDocument;
    }

    /** The planning office's consent to a submission after the grace period or after the period closed. */
    public void consentToLateSubmission(String by, Instant at) {
        if (getState().isSubmitted()) {
            throw new IllegalTransitionException("report.alreadySubmitted", "already submitted");
        }
        this.lateConsentBy = Objects.requireNonNull(by, "by");
        this.lateConsentAt = Objects.requireNonNull(at, "at");
    }

    /** Whether a submission on {@code day} is allowed by the period's dates or by a consent. */
    public boolean maySubmitOn(java.time.LocalDate day) {
        return lateConsentAt != null || !period.needsLateConsent(day);
    }

    /**
     * The official report among {@code reports}: the approved one of the latest period (by its last day), and of
     * two periods ending the same day the later decision. The order of approval does not matter otherwise: a late
     * approval of an older period's report is history, never today's figures.
     */
    public static Optional<ProgressReport> officialAmong(Collection<ProgressReport> reports) {
        return reports.stream().filter(ProgressReport::isApproved)
                .max(Comparator.comparing((ProgressReport r) -> r.getPeriod().lastDay())
                        .thenComparing(r -> r.getDocument().getDecidedAt(),
                                Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** Copies the approval into the report's row, in the transaction of the decision; refused before it. */
    public void recordApproval() {
        if (!isApproved()) {
            throw new IllegalStateException("report " + id + " is not approved");
        }
        approvedCopy = true;
    }

    /** Whether the approval line has decided the report. */
    public boolean isApproved() {
        return document != null && document.getStatus() == DocumentStatus.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public PolicyTask getTask() {
        return task;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ApprovalDocument getDocument() {
        return document;
    }

    public TaskStatus getReportedStatus() {
        return reportedStatus;
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public String getResults() {
        return results;
    }

    public String getDelayReasons() {
        return delayReasons;
    }

    public String getCountermeasures() {
        return countermeasures;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public List<KpiActual> getKpiActuals() {
        return Collections.unmodifiableList(kpiActuals);
    }

    public List<FundFigure> getFunds() {
        return Collections.unmodifiableList(funds);
    }

    public String getLateConsentBy() {
        return lateConsentBy;
    }

    public Instant getLateConsentAt() {
        return lateConsentAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public long getVersion() {
        return version;
    }
}
