package kr.corepolicy.service.approval;

import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.domain.approval.DocumentType;

/**
 * What one type of document means for its subject at each step of its life on the approval engine. The engine
 * ({@link ApprovalService}) moves every document the same way — the line, the checks of who may act, the
 * signatures, the audit and the notifications — and calls the handler of the document's type in the same
 * transaction, so a refusal by the handler undoes the step. A new type of document is a new handler: a CDI bean
 * implementing this interface, found by {@link DocumentHandlers}; nothing else of the engine changes.
 */
public interface DocumentHandler {

    /** The one type of document this handler serves. */
    DocumentType type();

    /** Before every 상신 (first or after a return): refuse here what the subject does not allow yet. */
    default void beforeSubmit(ApprovalDocument document) {
    }

    /** The document was returned to its drafter with the reason. */
    default void returned(ApprovalDocument document, String reason) {
    }

    /** The drafter took the document back before anyone signed. */
    default void withdrawn(ApprovalDocument document) {
    }

    /** The final decision approved it: the subject takes effect now (a report's figures become the task's). */
    void approved(ApprovalDocument document, String decidedBy);
}
