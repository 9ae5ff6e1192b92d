/**
 * Writes the audit trail. Entries are written in the transaction of the change they describe, so that a
 * change and its audit line are committed (or rolled back) together.
 */
package kr.corepolicy.service.audit;
