/**
 * The approval engine (전자결재): proposing a line from the org chart and the delegation table, checking a line
 * the drafter changed, acting on documents (approve, 전결, 대결, return, withdraw) with the capacity derived here,
 * never taken from the client, queues, absences and stand-ins. Documents of every type travel the same way;
 * what each step means for the document's subject (a report's figures, an adjustment) is said by the subject's
 * {@link kr.corepolicy.service.approval.DocumentHandler}, one per document type.
 */
package kr.corepolicy.service.approval;
