/** The portfolio pages: the task list, the task card, editing, Excel import and export. */
package kr.corepolicy.web.faces.task;
