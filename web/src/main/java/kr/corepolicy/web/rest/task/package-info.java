/** The portfolio API: strategies, the task list with filters and paging, task cards, creating and editing tasks. */
package kr.corepolicy.web.rest.task;
