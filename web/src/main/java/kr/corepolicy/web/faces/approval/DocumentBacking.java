package kr.corepolicy.web.faces.approval;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kr.corepolicy.domain.approval.Capacity;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.domain.approval.StepState;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalService.Action;
import kr.corepolicy.service.approval.ApprovalViews.DocumentView;
import kr.corepolicy.service.approval.ApprovalViews.QueueRow;
import kr.corepolicy.service.approval.ApprovalViews.StepView;
import kr.corepolicy.service.report.ReportService;
import kr.corepolicy.service.report.ReportViews.ReportDetail;
import kr.corepolicy.web.faces.Feedback;
import org.primefaces.PrimeFaces;

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
    /** What the signed-in person just did (a bundle key), shown with the next step; null before acting. */
    private String done;
    /** After signing: the next document waiting for this person, null when none is left. */
    private QueueRow next;

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

    /** 승인, 전결, 대결 or 협조 (동의), whichever the line makes the caller's step; then the next step is offered. */
    public void approve() throws IOException {
        StepKind kind = view.myStepKind();
        if (act(Action.APPROVE, kind == StepKind.CONSENT ? "document.consented" : "document.approved")) {
            offerNext();
        }
    }

    public void giveBack() throws IOException {
        if (act(Action.RETURN, "document.returned")) {
            offerNext();
        }
    }

    /**
     * After signing: what was done and the next document waiting (or that none is), in one message at the top of
     * the document that takes the focus (the button pressed is gone), so a screen reader reads it at once.
     */
    private void offerNext() {
        next = approvals.nextWaiting().orElse(null);
        PrimeFaces.current().executeScript("var n=document.getElementById('nextStep');if(n){n.focus();}");
    }

    public void withdraw() throws IOException {
        act(Action.WITHDRAW, "document.withdrawn");
    }

    /**
     * Acts on the document; a refused comment stands next to it, anything else at the top with the document as it
     * is now. A signature or return is reported in the next-step message, a withdrawal in the page's messages.
     * Returns whether the action went through.
     */
    private boolean act(Action action, String doneKey) throws IOException {
        boolean went = Feedback.attempt(field -> field == null ? null : "actionForm:comment", () -> {
            view = approvals.act(id, action, comment);
            comment = null;
            report = reports.reportOfDocument(id).map(reports::report).orElse(null);
            if (action == Action.WITHDRAW) {
                Feedback.info(doneKey);
            } else {
                done = doneKey;
            }
        });
        if (!went) {
            view = approvals.document(id);
        }
        return went;
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

    /** The bundle key of what was just done (shown with the next step), or null before acting. */
    public String getDone() {
        return done;
    }

    /** The next document waiting for the signed-in person after they signed, or null when none is left. */
    public QueueRow getNext() {
        return next;
    }

    /** The label of the signing button: 협조 (동의) for a consent, else 대결, 전결 or 승인 as the capacity says. */
    public String getApproveKey() {
        if (view.myStepKind() == StepKind.CONSENT) {
            return "document.consent";
        }
        return switch (view.myCapacity() == null ? Capacity.SELF : view.myCapacity()) {
            case STAND_IN -> "document.approveStandIn";
            case DELEGATED -> "document.approveDelegated";
            case SELF -> "document.approve";
        };
    }

    /**
     * The mark a signed box carries, as On-nara prints it: 반려 for a return, 전결 or 대결 for those capacities,
     * else the kind of the step (검토, 협조, 결재).
     */
    public String markOf(StepView step) {
        if (step.state() == StepState.RETURNED) {
            return Feedback.text("stepState.RETURNED");
        }
        if (step.capacity() != null && step.capacity() != Capacity.SELF) {
            return Feedback.text("capacity." + step.capacity());
        }
        return Feedback.text("stepKind." + step.kind());
    }

    /** What an unsigned box says: a pending consent is 협조 (not 결재 차례), anything else its state. */
    public String stateOf(StepView step) {
        if (step.state() == StepState.PENDING && step.kind() == StepKind.CONSENT) {
            return Feedback.text("document.consentPending");
        }
        return Feedback.text("stepState." + step.state());
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
