package kr.corepolicy.web.faces.report;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.domain.report.ReportContent;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalViews.DocumentView;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;
import kr.corepolicy.service.report.ReportService;
import kr.corepolicy.service.report.ReportViews.FundLine;
import kr.corepolicy.service.report.ReportViews.KpiLine;
import kr.corepolicy.service.report.ReportViews.ReportDetail;
import kr.corepolicy.web.faces.Feedback;
import kr.corepolicy.web.faces.approval.PersonChoice;

/**
 * reports/edit.xhtml?id=…: the officer writes the progress report; every change saves the draft at once
 * (autosave), and the line proposed from the org chart and the delegation table can be changed before 상신.
 * When the report is on its line or decided, the page shows it read-only.
 */
@Named("reportEdit")
@ViewScoped
public class ReportEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The statuses a progress report may give (active or finished, not the adjustment outcomes). */

    @Inject
    private ReportService reports;

    @Inject
    private ApprovalService approvals;

    @Inject
    private kr.corepolicy.service.report.AttachmentService attachments;

    private Long id;
    private ReportDetail detail;
    private TaskStatus status;
    private Integer progressPercent;
    private String results;
    private String delayReasons;
    private String countermeasures;
    private String nextSteps;
    private final List<KpiRow> kpis = new ArrayList<>();
    private final List<FundRow> funds = new ArrayList<>();
    private final List<LineStep> line = new ArrayList<>();
    private Instant lastSaved;
    private String newPerson;
    private StepKind newKind = StepKind.CONSENT;
    private Integer newFundYear;
    private FundSource newFundSource;

    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            show(reports.report(id));
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        line.clear();
        if (detail.editableByMe()) {
            try {
                if (detail.documentId() != null && detail.state() == kr.corepolicy.domain.report.ReportState.RETURNED) {
                    DocumentView doc = approvals.document(detail.documentId());
                    doc.currentLine().forEach(s -> line.add(new LineStep(s.kind(), s.assigneeUsername(),
                            s.assigneeName(), position(s.assigneePosition()), null)));
                } else {
                    line.addAll(reports.proposeLine(id));
                }
            } catch (BusinessException e) {
                Feedback.error(null, e);
            }
        }
    }

    private static kr.corepolicy.domain.account.Position position(String name) {
        try {
            return name == null ? null : kr.corepolicy.domain.account.Position.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such report");
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void show(ReportDetail d) {
        detail = d;
        status = d.reportedStatus();
        progressPercent = d.progressPercent();
        results = d.results();
        delayReasons = d.delayReasons();
        countermeasures = d.countermeasures();
        nextSteps = d.nextSteps();
        kpis.clear();
        d.kpis().forEach(k -> kpis.add(new KpiRow(k)));
        funds.clear();
        d.funds().forEach(f -> funds.add(new FundRow(f)));
        funds.sort(Comparator.comparingInt(FundRow::getFiscalYear).thenComparing(FundRow::getSource));
        lastSaved = d.savedAt();
    }

    ReportContent content() {
        List<ReportContent.Actual> actuals = kpis.stream().filter(k -> k.getActual() != null)
                .map(k -> new ReportContent.Actual(k.getKpiId(), k.getActual())).toList();
        List<ReportContent.Funds> money = funds.stream().map(f -> new ReportContent.Funds(f.getFiscalYear(),
                f.getSource(), zero(f.getRequestedWon()), zero(f.getSecuredWon()), zero(f.getExecutedWon()))).toList();
        return new ReportContent(status, progressPercent, results, delayReasons, countermeasures, nextSteps, actuals,
                money);
    }

    private static long zero(Long value) {
        return value == null ? 0 : value;
    }

    /** Saves as the officer types; a refusal stands next to its field and nothing is lost on the screen. */
    public void autosave() {
        store(false);
    }

    /** Saves on request, with a confirmation. */
    public void save() {
        if (store(true)) {
            Feedback.info("report.saved");
        }
    }

    private boolean store(boolean loud) {
        try {
            ReportDetail saved = reports.save(id, detail.version(), content());
            detail = saved;
            lastSaved = saved.savedAt();
            return true;
        } catch (InvalidInputException e) {
            Feedback.error(clientIdOf(e.getField()), e);
            if (loud) {
                Feedback.error(null, "report.notSaved");
            }
        } catch (BusinessException e) {
            Feedback.error(null, e);
        }
        return false;
    }

    /** 상신: saves, then sends the report on the line shown. */
    public void submit() throws IOException {
        if (!store(true)) {
            return;
        }
        try {
            ReportDetail sent = reports.submit(id, detail.version(), List.copyOf(line));
            Feedback.infoAfterRedirect("report.submitted");
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/approvals/document.xhtml?id=" + sent.documentId());
        } catch (InvalidInputException e) {
            Feedback.error(clientIdOf(e.getField()), e);
        } catch (BusinessException e) {
            Feedback.error(null, e);
        }
    }

    /** Where on the form a refused field is. */
    static String clientIdOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("line")) {
            return "reportForm:lineMessages";
        }
        if (field.startsWith("funds")) {
            return "reportForm:fundMessages";
        }
        if (field.startsWith("kpiActuals")) {
            return "reportForm:kpiMessages";
        }
        return switch (field) {
            case "status", "progressPercent", "results", "delayReasons", "countermeasures", "nextSteps" ->
                    "reportForm:" + field;
            default -> null;
        };
    }

    /** Attaches an uploaded file; a refused one says why (type, size, content) and changes nothing. */
    public void upload(org.primefaces.event.FileUploadEvent event) throws IOException {
        var file = event.getFile();
        try (var in = file.getInputStream()) {
            byte[] content = in.readNBytes(kr.corepolicy.domain.report.AttachmentPolicy.MAX_BYTES + 1);
            var added = attachments.add(id, file.getFileName(), content);
            Feedback.info("report.attached", added.name());
            refreshAttachments();
        } catch (BusinessException e) {
            Feedback.error(null, e);
        }
    }

    public void removeAttachment(long attachmentId) {
        try {
            attachments.remove(id, attachmentId);
            refreshAttachments();
        } catch (BusinessException e) {
            Feedback.error(null, e);
        }
    }

    private void refreshAttachments() {
        ReportDetail fresh = reports.report(id);
        detail = fresh;
    }

    public List<String> completePeople(String query) {
        return PersonChoice.suggestions(approvals.candidates(query, 10),
                position -> position == null ? "" : Feedback.text("position." + position));
    }

    /** Adds the chosen person to the line as a review or a consent (or as the decider, replacing the last). */
    public void addStep() {
        String username = PersonChoice.username(newPerson);
        if (username == null || username.isBlank()) {
            return;
        }
        List<LineStep> found = approvals.candidates(username, 50).stream()
                .filter(p -> p.username().equals(username)).toList();
        if (found.isEmpty()) {
            Feedback.error("reportForm:lineMessages", "approval.unknownApprover", username);
            return;
        }
        LineStep person = found.get(0);
        line.removeIf(s -> s.username().equals(person.username()));
        LineStep step = new LineStep(newKind, person.username(), person.name(), person.position(), person.unitName());
        if (newKind == StepKind.DECISION) {
            line.removeIf(s -> s.kind() == StepKind.DECISION);
            line.add(step);
        } else {
            int at = 0;
            while (at < line.size() && line.get(at).kind().ordinal() <= newKind.ordinal()) {
                at++;
            }
            line.add(at, step);
        }
        newPerson = null;
    }

    public void removeStep(int index) {
        if (index >= 0 && index < line.size()) {
            line.remove(index);
        }
    }

    public void addFundLine() {
        if (newFundYear == null || newFundSource == null) {
            return;
        }
        boolean exists = funds.stream().anyMatch(f -> f.getFiscalYear() == newFundYear && f.getSource() == newFundSource);
        if (!exists) {
            funds.add(new FundRow(new FundLine(newFundYear, newFundSource, 0, 0, 0, 0)));
            funds.sort(Comparator.comparingInt(FundRow::getFiscalYear).thenComparing(FundRow::getSource));
        }
    }

    public boolean isExplanationNeeded() {
        return status != null && status.needsExplanation();
    }

    public boolean isEditable() {
        return detail != null && detail.editableByMe();
    }

    public List<TaskStatus> getStatuses() {
        return TaskStatus.reportable();
    }

    public StepKind[] getKinds() {
        return StepKind.values();
    }

    public FundSource[] getSources() {
        return FundSource.values();
    }

    /** The fiscal years of the task's period, the only years a fund line may have. */
    public List<Integer> getFundYears() {
        return detail == null ? List.of() : detail.fundYears();
    }

    public ReportDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public void setProgressPercent(Integer progressPercent) {
        this.progressPercent = progressPercent;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getDelayReasons() {
        return delayReasons;
    }

    public void setDelayReasons(String delayReasons) {
        this.delayReasons = delayReasons;
    }

    public String getCountermeasures() {
        return countermeasures;
    }

    public void setCountermeasures(String countermeasures) {
        this.countermeasures = countermeasures;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public List<FundRow> getFunds() {
        return funds;
    }

    public List<LineStep> getLine() {
        return line;
    }

    /** When the draft was last saved, as Korean local time of day. */
    public String getLastSaved() {
        return lastSaved == null ? null : java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .withZone(java.time.ZoneId.of("Asia/Seoul")).format(lastSaved);
    }

    public String getNewPerson() {
        return newPerson;
    }

    public void setNewPerson(String newPerson) {
        this.newPerson = newPerson;
    }

    public StepKind getNewKind() {
        return newKind;
    }

    public void setNewKind(StepKind newKind) {
        this.newKind = newKind;
    }

    public Integer getNewFundYear() {
        return newFundYear;
    }

    public void setNewFundYear(Integer newFundYear) {
        this.newFundYear = newFundYear;
    }

    public FundSource getNewFundSource() {
        return newFundSource;
    }

    public void setNewFundSource(FundSource newFundSource) {
        this.newFundSource = newFundSource;
    }

    /** One KPI of the task with the actual being reported. */
    public static class KpiRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long kpiId;
        private final String name;
        private final String unit;
        private final BigDecimal target;
        private BigDecimal actual;

        KpiRow(KpiLine line) {
            this.kpiId = line.kpiId();
            this.name = line.name();
            this.unit = line.unit();
            this.target = line.target();
            this.actual = line.actual();
        }

        public long getKpiId() {
            return kpiId;
        }

        public String getName() {
            return name;
        }

        public String getUnit() {
            return unit;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public BigDecimal getActual() {
            return actual;
        }

        public void setActual(BigDecimal actual) {
            this.actual = actual;
        }
    }

    /** One fund line: the plan beside the requested, secured and executed amounts. */
    public static class FundRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int fiscalYear;
        private final FundSource source;
        private final long plannedWon;
        private Long requestedWon;
        private Long securedWon;
        private Long executedWon;

        FundRow(FundLine line) {
            this.fiscalYear = line.fiscalYear();
            this.source = line.source();
            this.plannedWon = line.plannedWon();
            this.requestedWon = line.requestedWon();
            this.securedWon = line.securedWon();
            this.executedWon = line.executedWon();
        }

        public int getFiscalYear() {
            return fiscalYear;
        }

        public FundSource getSource() {
            return source;
        }

        public long getPlannedWon() {
            return plannedWon;
        }

        public Long getRequestedWon() {
            return requestedWon;
        }

        public void setRequestedWon(Long requestedWon) {
            this.requestedWon = requestedWon;
        }

        public Long getSecuredWon() {
            return securedWon;
        }

        public void setSecuredWon(Long securedWon) {
            this.securedWon = securedWon;
        }

        public Long getExecutedWon() {
            return executedWon;
        }

        public void setExecutedWon(Long executedWon) {
            this.executedWon = executedWon;
        }
    }
}
