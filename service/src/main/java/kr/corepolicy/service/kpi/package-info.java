/**
 * KPI status: the standings of each KPI in its task's official report, kept in the transactions that change them
 * ({@link kr.corepolicy.service.kpi.KpiStandings}), their backfill for reports approved before they existed
 * ({@link kr.corepolicy.service.platform.KpiStandingsBackfill}), the planning office's thresholds
 * ({@link kr.corepolicy.service.kpi.KpiThresholdService}), and a task's KPIs period by period with their status
 * ({@link kr.corepolicy.service.kpi.KpiHistoryService}).
 */
package kr.corepolicy.service.kpi;
