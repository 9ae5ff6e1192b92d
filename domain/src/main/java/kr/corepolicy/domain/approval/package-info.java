/**
 * Electronic approval (전자결재): a document travels an approval line of review (검토, in order), consent
 * (협조, in parallel) and decision (결재) steps. The states and their transitions live here; the service decides
 * who may act (전결 by the delegation table, 대결 by recorded absences) and persists.
 */
package kr.corepolicy.domain.approval;
