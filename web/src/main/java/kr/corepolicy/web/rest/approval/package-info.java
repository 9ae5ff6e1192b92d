/** Electronic approval over HTTP: the queues, documents and actions, the delegation table, absences. */
package kr.corepolicy.web.rest.approval;
