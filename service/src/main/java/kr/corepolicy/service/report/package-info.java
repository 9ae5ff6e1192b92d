/**
 * The reporting cycle: periods opened and closed by the planning office, progress reports written by the
 * owning departments and sent through electronic approval, the late list, reminders, and the approved figures
 * that become the task card's.
 */
package kr.corepolicy.service.report;
