package kr.corepolicy.web.faces.report;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;
import kr.corepolicy.service.report.ReportService;
import kr.corepolicy.service.report.ReportViews.ReportDetail;
import kr.corepolicy.web.faces.Feedback;
import kr.corepolicy.web.faces.approval.LineEditor;
import org.primefaces.PrimeFaces;

/**
 * reports/edit.xhtml?id=…: the officer writes the progress report; every change saves the draft at once
 * (autosave), and the line proposed from the org chart and the delegation table can be changed before 상신.
 * When the report is on its line or decided, the page shows it read-only.
 *
 * <p>The bean loads, saves and submits; what is written is {@link ReportForm} ({@code #{reportEdit.form}}), the
 * line {@link LineEditor} ({@code #{reportEdit.line}}) and the files {@link ReportAttachments}
 * ({@code #{reportEdit.attachments}}).
 */
@Named("reportEdit")
@ViewScoped
public class ReportEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.of("Asia/Seoul"));

    @Inject
    private ReportService reports;

    @Inject
    private ApprovalService approvals;

    @Inject
    private LineEditor line;

    @Inject
    private ReportAttachments attachments;

    private Long id;
    private ReportDetail detail;
    private final ReportForm form = new ReportForm();
    private Instant lastSaved;
    private ReturnNotice returnNotice;

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
        if (detail.state() == ReportState.RETURNED && detail.documentId() != null) {
            returnNotice = ReturnNotice.of(approvals.document(detail.documentId())).orElse(null);
        }
        attachments.show(id, detail.attachments());
        line.show(List.of(), "reportForm:lineMessages");
        if (detail.editableByMe()) {
            Feedback.attempt(() -> line.show(proposedLine(), "reportForm:lineMessages"));
        }
    }

    /** The line of a returned document as it was, or the line the org chart and the delegation table propose. */
    private List<LineStep> proposedLine() {
        if (detail.documentId() != null && detail.state() == ReportState.RETURNED) {
            return approvals.lineOf(detail.documentId());
        }
        return reports.proposeLine(id);
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such report");
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void show(ReportDetail d) {
        detail = d;
        form.fill(d);
        lastSaved = d.savedAt();
    }

    /** Saves as the officer types; a refusal stands next to its field and nothing is lost on the screen. */
    public void autosave() throws IOException {
        store(null);
    }

    /** Saves on request, with a confirmation. */
    public void save() throws IOException {
        if (store("report.notSaved")) {
            Feedback.info("report.saved");
        }
    }

    private boolean store(String summaryKey) throws IOException {
        return Feedback.attempt(ReportEditBacking::clientIdOf, summaryKey, () -> {
            ReportDetail saved = reports.save(id, detail.version(), form.content());
            detail = saved;
            lastSaved = saved.savedAt();
        });
    }

    /** 상신: saves, then sends the report on the line shown. */
    public void submit() throws IOException {
        if (!store("report.notSaved")) {
            return;
        }
        Feedback.attempt(ReportEditBacking::clientIdOf, () -> {
            ReportDetail sent = submitted();
            Feedback.infoAfterRedirect("report.submitted");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/approvals/document.xhtml?id=" + sent.documentId());
        });
    }

    /** Sends the report; a refusal moves the focus to the first field it names, so the keyboard starts there. */
    private ReportDetail submitted() {
        try {
            return reports.submit(id, detail.version(), line.steps());
        } catch (InvalidInputException e) {
            String first = clientIdOf(e.getField());
            if (first != null) {
                PrimeFaces.current().focus(first);
            }
            throw e;
        }
    }

    /** Where on the form a refused field is (no field: the top). */
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

    public boolean isEditable() {
        return detail != null && detail.editableByMe();
    }

    /** The fiscal years of the task's period, the only years a fund line may have. */
    public List<Integer> getFundYears() {
        return detail == null ? List.of() : detail.fundYears();
    }

    /** Who returned the report, when and why; null unless the report is returned. */
    public ReturnNotice getReturnNotice() {
        return returnNotice;
    }

    public ReportDetail getDetail() {
        return detail;
    }

    public ReportForm getForm() {
        return form;
    }

    public LineEditor getLine() {
        return line;
    }

    public ReportAttachments getAttachments() {
        return attachments;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** When the draft was last saved, as Korean local time of day. */
    public String getLastSaved() {
        return lastSaved == null ? null : TIME_OF_DAY.format(lastSaved);
    }
}
