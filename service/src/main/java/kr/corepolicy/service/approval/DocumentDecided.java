package kr.corepolicy.service.approval;

import kr.corepolicy.domain.approval.DocumentType;

/**
 * Fired inside the transaction of a decision, so that what the decision makes official (a report's figures on
 * the task card) is written in the same transaction or not at all.
 */
public record DocumentDecided(long documentId, DocumentType type, String decidedBy) {
}
