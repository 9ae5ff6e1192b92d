/**
 * The dashboards (대시보드): the portfolio's figures by strategy, the same for one department, the tasks at risk with
 * the reason and source of each, and the task statuses over the reporting periods. Every figure is computed from
 * approved reports (each task's official report) and the task cards, in a fixed number of SQL statements.
 */
package kr.corepolicy.service.dashboard;
