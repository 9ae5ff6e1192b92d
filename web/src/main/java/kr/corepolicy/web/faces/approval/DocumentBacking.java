package kr.corepolicy.web.faces.approval;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalService.Action;
import kr.corepolicy.service.approval.ApprovalViews.DocumentView;
import kr.corepolicy.service.approval.ApprovalViews.StepView;
import kr.corepolicy.service.report.ReportService;
import kr.corepolicy.service.report.ReportViews.ReportDetail;
import kr.corepolicy.web.faces.Feedback;

/**
 * approvals/document.xhtml?id=…: a document as Korean officials know it, the signature boxes across the top
 * (기안, 검토 and 결재 in one row, 협조 in another), the content, every earlier round, and the actions the
 * signed-in person may take now.
 */
@Named("document")
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    @Inject
    private ReportService reports;

    private Long id;
    private DocumentView view;
    private ReportDetail report;
    private String comment;

    public void load() throws IOException {
        if (id == null) {
            send(404);
            return;
        }
        try {
            view = approvals.document(id);
            report = reports.reportOfDocument(id).map(reports::report).orElse(null);
        } catch (NotFoundException e) {
            send(404);
        } catch (ForbiddenException e) {
            send(403);
        }
    }

    private static void send(int status) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, "document");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void approve() throws IOException {
        act(Action.APPROVE, "document.approved");
    }

    public void giveBack() throws IOException {
        act(Action.RETURN, "document.returned");
    }

    public void withdraw() throws IOException {
        act(Action.WITHDRAW, "document.withdrawn");
    }

    /** Acts on the document; a refused comment stands next to it, anything else at the top with the document as it is now. */
    private void act(Action action, String doneKey) throws IOException {
        boolean done = Feedback.attempt(field -> field == null ? null : "actionForm:comment", () -> {
            view = approvals.act(id, action, comment);
            comment = null;
            report = reports.reportOfDocument(id).map(reports::report).orElse(null);
            Feedback.info(doneKey);
        });
        if (!done) {
            view = approvals.document(id);
        }
    }

    /** The boxes of the top row: reviews and the decision, in line order. */
    public List<StepView> getSignatureBoxes() {
        return view.currentLine().stream().filter(s -> s.kind() != StepKind.CONSENT).toList();
    }

    /** The consents (협조), shown in their own row. */
    public List<StepView> getConsentBoxes() {
        return view.currentLine().stream().filter(s -> s.kind() == StepKind.CONSENT).toList();
    }

    /** Whether anyone on the current line left a comment. */
    public boolean isHasComments() {
        return view.currentLine().stream().anyMatch(s -> s.comment() != null && !s.comment().isBlank());
    }

    /** Earlier rounds, each as its list of boxes, oldest first. */
    public List<List<StepView>> getEarlierRounds() {
        return view.history().stream().collect(java.util.stream.Collectors.groupingBy(StepView::round,
                java.util.TreeMap::new, java.util.stream.Collectors.toList())).values().stream().toList();
    }

    public java.util.Date date(java.time.Instant instant) {
        return instant == null ? null : java.util.Date.from(instant);
    }

    public DocumentView getView() {
        return view;
    }

    public ReportDetail getReport() {
        return report;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
