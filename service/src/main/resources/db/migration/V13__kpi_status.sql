-- Issue #13: KPI status and the dashboards.
--
-- The official report of a task (the approved progress report of the latest period) is written on the task when
-- it is approved, so that a dashboard joins it by key instead of finding the latest approved report among ten
-- years of reports per request. V14 (a Java migration) fills it for the reports approved before this version.
ALTER TABLE policy_task ADD COLUMN official_report_id BIGINT NULL;
ALTER TABLE policy_task ADD CONSTRAINT fk_policy_task_official_report
    FOREIGN KEY (official_report_id) REFERENCES progress_report (id);

-- What the dashboards add up per request, kept where it changes: the national and provincial funds of each task's
-- plan (PolicyTask.planFunds), and whether a report is approved (written with the decision), so that the counts by
-- period read an index of progress_report instead of every report's approval document.
ALTER TABLE policy_task ADD COLUMN planned_outside_funds_won BIGINT NOT NULL DEFAULT 0;
UPDATE policy_task SET planned_outside_funds_won = COALESCE((SELECT SUM(f.amount_won) FROM task_fund_plan f
    WHERE f.task_id = policy_task.id AND f.source IN ('NATIONAL', 'PROVINCIAL')), 0);
ALTER TABLE progress_report ADD COLUMN approved BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE progress_report SET approved = TRUE WHERE document_id IN (SELECT d.id FROM approval_document d
    WHERE d.status = 'APPROVED');
CREATE INDEX ix_progress_report_period_approved ON progress_report (period_id, approved, reported_status);

-- The planning office's thresholds (one row for the city): at or above on_track_from % of its trajectory a KPI is
-- on track (정상), at or above behind_from % behind (미흡), below that far behind (부진).
CREATE TABLE kpi_thresholds (
    id            INT          NOT NULL PRIMARY KEY,
    on_track_from INT          NOT NULL,
    behind_from   INT          NOT NULL,
    updated_by    VARCHAR(50),
    updated_at    TIMESTAMP(3) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_kpi_thresholds_order CHECK (behind_from >= 1 AND behind_from < on_track_from
        AND on_track_from <= 100)
);
INSERT INTO kpi_thresholds (id, on_track_from, behind_from) VALUES (1, 90, 60);

-- Where each KPI stands in its task's official report: the approved actual assessed against the trajectory
-- (achievement in %, null without a target or an actual). Rewritten for a task when its official report changes
-- or its KPIs are edited; a KPI removed from the card takes its row with it.
CREATE TABLE kpi_standing (
    kpi_id         BIGINT         NOT NULL PRIMARY KEY,
    task_id        BIGINT         NOT NULL,
    report_id      BIGINT         NOT NULL,
    period_id      BIGINT         NOT NULL,
    target_value   DECIMAL(19, 4),
    expected_value DECIMAL(19, 4),
    actual_value   DECIMAL(19, 4),
    achievement    DECIMAL(5, 1),
    CONSTRAINT fk_kpi_standing_kpi FOREIGN KEY (kpi_id) REFERENCES task_kpi (id) ON DELETE CASCADE,
    CONSTRAINT fk_kpi_standing_task FOREIGN KEY (task_id) REFERENCES policy_task (id),
    CONSTRAINT fk_kpi_standing_report FOREIGN KEY (report_id) REFERENCES progress_report (id)
);
CREATE INDEX ix_kpi_standing_task ON kpi_standing (task_id);

-- Reports overdue (home page, tasks at risk): the open periods' unsubmitted reports are found by period.
CREATE INDEX ix_reporting_period_state ON reporting_period (state, due_date);
