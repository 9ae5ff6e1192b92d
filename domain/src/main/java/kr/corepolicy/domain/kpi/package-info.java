/**
 * KPI status (성과지표 달성 상태): the straight-line trajectory of a KPI from its starting value to the year's
 * target ({@link kr.corepolicy.domain.kpi.KpiTrajectory}), the assessment of an approved actual against it
 * ({@link kr.corepolicy.domain.kpi.KpiAssessment}), the planning office's thresholds that turn the achievement
 * into a status ({@link kr.corepolicy.domain.kpi.KpiThresholds}), the roll-up of statuses to a task, a strategy
 * or a department ({@link kr.corepolicy.domain.kpi.KpiRollup}), and each KPI's standing in its task's official
 * report ({@link kr.corepolicy.domain.kpi.KpiStanding}), kept so that dashboards count rather than compute.
 */
package kr.corepolicy.domain.kpi;
