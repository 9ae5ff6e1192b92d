/** Pages of electronic approval: the queues, the document with its signature boxes, absences, the delegation table. */
package kr.corepolicy.web.faces.approval;
