package kr.corepolicy.service.approval;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.Capacity;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.domain.approval.StepState;
import kr.corepolicy.domain.organization.OrgUnit;

/** The read models of electronic approval, shared by the pages and the API. */
public final class ApprovalViews {

    private ApprovalViews() {
    }

    /** The queues of 결재함. */
    public enum Box {
        /** 대기 — waiting for me (or for someone I stand in for). */
        WAITING,
        /** 진행 — on its line, drafted or signed by me. */
        IN_PROGRESS,
        /** 완료 — decided, drafted or signed by me. */
        DONE,
        /** 반려 — returned, drafted or returned by me. */
        RETURNED,
        /** 기안함 — my documents not yet submitted. */
        DRAFTS;

        /** Parses the API's spelling: waiting, in-progress, done, returned, drafts. */
        public static Box parse(String value) {
            if (value == null || value.isBlank()) {
                return WAITING;
            }
            for (Box box : values()) {
                if (box.name().replace('_', '-').equalsIgnoreCase(value.strip())) {
                    return box;
                }
            }
            return null;
        }
    }

    /** How a queue is sorted. */
    public enum QueueSort {
        SUBMITTED,
        TITLE,
        TYPE;

        public static QueueSort parse(String value) {
            for (QueueSort sort : values()) {
                if (sort.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return sort;
                }
            }
            return SUBMITTED;
        }
    }

    /**
     * One line of a queue. {@code standingIn} names the absent person whose step it is, when it is not mine;
     * {@code number} is the registration number (문서번호), null before the first submission.
     */
    public record QueueRow(long documentId, DocumentType type, String title, String drafterName,
            DocumentStatus status, int round, Instant submittedAt, Instant decidedAt, String standingInFor,
            String number) {
    }

    /** The counts in the header: waiting for me, returned to me. */
    public record QueueCounts(long waiting, long returned) {
    }

    /** A proposed or chosen step of a line, as the line editor shows it. */
    public record LineStep(StepKind kind, @Size(max = UserAccount.USERNAME_MAX) String username,
            @Size(max = UserAccount.NAME_MAX) String name, Position position,
            @Size(max = OrgUnit.NAME_MAX) String unitName) {
    }

    /** One signature box; {@code assigneeUnit} is the unit its person worked in when the line was drawn. */
    public record StepView(long stepId, int round, int seq, StepKind kind, String assigneeUsername,
            String assigneeName, String assigneePosition, StepState state, String signerUsername, String signerName,
            Capacity capacity, Instant signedAt, String comment, String assigneeUnit) {
    }

    /**
     * A document with every round of its line; what the caller may do with it now. The form's header: the
     * registration number (문서번호, null before the first submission), the drafter's department and the
     * organisation (the root of the drafter's org chart, e.g. 경주시). {@code myStepKind} is the kind of the step the
     * caller may sign now (a consent is signed as 협조), null when they may not.
     */
    public record DocumentView(long id, DocumentType type, String title, String drafterUsername, String drafterName,
            DocumentStatus status, int round, Instant submittedAt, Instant decidedAt, List<StepView> currentLine,
            List<StepView> history, boolean mayApprove, boolean mayReturn, boolean mayWithdraw, Capacity myCapacity,
            String number, String drafterUnit, String organisation, StepKind myStepKind) {
    }

    /** An absence as the department's page lists it. */
    public record AbsenceView(long id, String absentUsername, String absentName, String deputyUsername,
            String deputyName, LocalDate firstDay, LocalDate lastDay, String reason, String recordedBy,
            boolean cancelled) {
    }

    /** One line of the delegation table. */
    public record RuleView(DocumentType type, Position decidingPosition, String updatedBy, Instant updatedAt,
            long version) {
    }
}
