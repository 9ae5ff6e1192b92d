/**
 * KPI status: the standings of each KPI in its task's official report, kept in the transactions that change them
 * ({@link kr.corepolicy.service.kpi.KpiStandings}), their backfill for reports approved before they existed
 * ({@link kr.corepolicy.service.kpi.KpiStandingsBackfill}), and the planning office's thresholds
 * ({@link kr.corepolicy.service.kpi.KpiThresholdService}).
 */
package kr.corepolicy.service.kpi;
