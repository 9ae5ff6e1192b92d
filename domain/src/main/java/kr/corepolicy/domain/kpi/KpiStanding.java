package kr.corepolicy.domain.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a KPI stands in its task's official report (the approved report of the latest period): the assessment of
 * that report's actual against the trajectory. Written in the transaction that changes either (a report's
 * approval, the KPI's targets), so that a dashboard counts statuses in one statement instead of assessing every KPI
 * of the city per request; the thresholds are applied when counting, so changing them rewrites nothing.
 */
@Entity
@Table(name = "kpi_standing")
public class KpiStanding {

    @Id
    @Column(name = "kpi_id")
    private long kpiId;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "period_id", nullable = false)
    private long periodId;

    @Column(name = "target_value", precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "expected_value", precision = 19, scale = 4)
    private BigDecimal expected;

    @Column(name = "actual_value", precision = 19, scale = 4)
    private BigDecimal actual;

    @Column(name = "achievement", precision = 5, scale = 1)
    private BigDecimal achievement;

    protected KpiStanding() {
        // for JPA
    }

    public KpiStanding(long kpiId, long taskId, long reportId, long periodId, KpiAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        this.kpiId = kpiId;
        this.taskId = taskId;
        this.reportId = reportId;
        this.periodId = periodId;
        this.target = assessment.target();
        this.expected = assessment.expected();
        this.actual = assessment.actual();
        this.achievement = assessment.achievementPercent();
    }

    public long getKpiId() {
        return kpiId;
    }

    public long getTaskId() {
        return taskId;
    }

    public long getReportId() {
        return reportId;
    }

    public long getPeriodId() {
        return periodId;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getExpected() {
        return expected;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public BigDecimal getAchievement() {
        return achievement;
    }
}
