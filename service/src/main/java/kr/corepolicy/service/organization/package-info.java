/** Reads and maintains the organisation chart. */
package kr.corepolicy.service.organization;
