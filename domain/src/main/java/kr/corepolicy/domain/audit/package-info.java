/** The audit trail: who did what, when, from where. Entries are written once and never changed. */
package kr.corepolicy.domain.audit;
