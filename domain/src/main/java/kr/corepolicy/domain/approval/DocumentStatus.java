package kr.corepolicy.domain.approval;

import java.util.EnumSet;
import java.util.Set;

/** Where a document is on its way; each status names the statuses it may go to. */
public enum DocumentStatus {
    /** 기안 중 — being written; also after a withdrawal (회수). */
    DRAFT,
    /** 결재 진행 — on the approval line. */
    IN_PROGRESS,
    /** 반려 — sent back to the drafter with a reason; may be revised and resubmitted as a new round. */
    RETURNED,
    /** 결재 완료 — decided: an official record, never edited again. */
    APPROVED;

    public Set<DocumentStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(IN_PROGRESS, RETURNED, APPROVED, DRAFT);
            case APPROVED -> EnumSet.noneOf(DocumentStatus.class);
        };
    }

    public boolean canGoTo(DocumentStatus target) {
        return next().contains(target);
    }

    /** Whether the drafter may still change the content. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
