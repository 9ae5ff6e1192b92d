/** The API of the audit trail: read-only, for administrators. */
package kr.corepolicy.web.rest.audit;
