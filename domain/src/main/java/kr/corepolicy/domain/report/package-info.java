/**
 * Reporting cycles: the periods the planning office opens and closes, and the progress reports (추진실적 보고)
 * that every active task's department writes for them and sends through electronic approval.
 */
package kr.corepolicy.domain.report;
