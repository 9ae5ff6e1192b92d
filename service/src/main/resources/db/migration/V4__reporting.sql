-- Reporting cycles and electronic approval: the delegation table, absences and stand-ins, reporting periods,
-- progress reports with their KPI actuals and fund figures, notifications (with their e-mail outbox) and the
-- record of reminders sent.

ALTER TABLE approval_document ADD COLUMN drafter_name VARCHAR(50) NOT NULL DEFAULT '';

CREATE INDEX ix_approval_document_status ON approval_document (status, submitted_at);

CREATE TABLE delegation_rule (
    doc_type          VARCHAR(20)  NOT NULL PRIMARY KEY,
    deciding_position VARCHAR(30)  NOT NULL,
    updated_by        VARCHAR(50),
    updated_at        TIMESTAMP(3) NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);

-- The defaults of a typical city's 사무전결처리규칙: a quarterly report is decided by the division head (과장 전결),
-- a task adjustment by the deputy mayor (부시장 전결), meeting materials by the mayor.
INSERT INTO delegation_rule (doc_type, deciding_position) VALUES ('PROGRESS_REPORT', 'DIVISION_HEAD');
INSERT INTO delegation_rule (doc_type, deciding_position) VALUES ('TASK_ADJUSTMENT', 'DEPUTY_MAYOR');
INSERT INTO delegation_rule (doc_type, deciding_position) VALUES ('MEETING_MINUTES', 'MAYOR');

CREATE TABLE approval_absence (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    absent_username VARCHAR(50)  NOT NULL,
    deputy_username VARCHAR(50)  NOT NULL,
    first_day       DATE         NOT NULL,
    last_day        DATE         NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    recorded_by     VARCHAR(50)  NOT NULL,
    recorded_at     TIMESTAMP(3) NOT NULL,
    cancelled_by    VARCHAR(50),
    cancelled_at    TIMESTAMP(3) NULL
);

CREATE INDEX ix_approval_absence_deputy ON approval_absence (deputy_username, last_day);
CREATE INDEX ix_approval_absence_absent ON approval_absence (absent_username, last_day);

CREATE TABLE reporting_period (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(10)  NOT NULL,
    period_year INT          NOT NULL,
    period_no   INT          NOT NULL,
    due_date    DATE         NOT NULL,
    grace_days  INT          NOT NULL,
    state       VARCHAR(10)  NOT NULL,
    opened_by   VARCHAR(50)  NOT NULL,
    opened_at   TIMESTAMP(3) NOT NULL,
    closed_by   VARCHAR(50),
    closed_at   TIMESTAMP(3) NULL,
    reminded_on DATE         NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_reporting_period UNIQUE (kind, period_year, period_no)
);

CREATE TABLE progress_report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id          BIGINT        NOT NULL,
    period_id        BIGINT        NOT NULL,
    document_id      BIGINT,
    reported_status  VARCHAR(20),
    progress_percent INT,
    results          VARCHAR(4000),
    delay_reasons    VARCHAR(2000),
    countermeasures  VARCHAR(2000),
    next_steps       VARCHAR(2000),
    late_consent_by  VARCHAR(50),
    late_consent_at  TIMESTAMP(3)  NULL,
    saved_by         VARCHAR(50),
    saved_at         TIMESTAMP(3)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_progress_report UNIQUE (task_id, period_id),
    CONSTRAINT uk_progress_report_document UNIQUE (document_id),
    CONSTRAINT fk_progress_report_task FOREIGN KEY (task_id) REFERENCES policy_task (id),
    CONSTRAINT fk_progress_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_progress_report_document FOREIGN KEY (document_id) REFERENCES approval_document (id)
);

CREATE INDEX ix_progress_report_period ON progress_report (period_id);

-- KPI names and units are copied: an approved report reads the same after a KPI is renamed or removed.
CREATE TABLE report_kpi_actual (
    report_id    BIGINT         NOT NULL,
    sort_order   INT            NOT NULL,
    kpi_id       BIGINT         NOT NULL,
    kpi_name     VARCHAR(200)   NOT NULL,
    kpi_unit     VARCHAR(30)    NOT NULL,
    actual_value DECIMAL(19, 4) NOT NULL,
    CONSTRAINT pk_report_kpi_actual PRIMARY KEY (report_id, sort_order),
    CONSTRAINT fk_report_kpi_actual_report FOREIGN KEY (report_id) REFERENCES progress_report (id)
);

CREATE TABLE report_fund_figure (
    report_id     BIGINT      NOT NULL,
    sort_order    INT         NOT NULL,
    fiscal_year   INT         NOT NULL,
    source        VARCHAR(20) NOT NULL,
    requested_won BIGINT      NOT NULL,
    secured_won   BIGINT      NOT NULL,
    executed_won  BIGINT      NOT NULL,
    CONSTRAINT pk_report_fund_figure PRIMARY KEY (report_id, sort_order),
    CONSTRAINT fk_report_fund_figure_report FOREIGN KEY (report_id) REFERENCES progress_report (id)
);

CREATE TABLE notification (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient     VARCHAR(50)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    subject       VARCHAR(300) NOT NULL,
    detail        VARCHAR(300),
    link          VARCHAR(200),
    created_at    TIMESTAMP(3) NOT NULL,
    read_at       TIMESTAMP(3) NULL,
    mail_to       VARCHAR(200),
    mail_state    VARCHAR(10)  NOT NULL,
    mail_attempts INT          NOT NULL DEFAULT 0,
    mail_claimed_at TIMESTAMP(3) NULL
);

CREATE INDEX ix_notification_recipient ON notification (recipient, read_at);
CREATE INDEX ix_notification_mail ON notification (mail_state);

CREATE TABLE sent_reminder (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    subject_key VARCHAR(60)  NOT NULL,
    recipient   VARCHAR(50)  NOT NULL,
    sent_at     TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_sent_reminder UNIQUE (kind, subject_key, recipient)
);

-- Files attached to reports: the bytes live under the data directory by a server-made name.
CREATE TABLE report_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT       NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    stored_name   VARCHAR(64)  NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    uploaded_by   VARCHAR(50)  NOT NULL,
    uploaded_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_report_attachment_stored UNIQUE (stored_name),
    CONSTRAINT fk_report_attachment_report FOREIGN KEY (report_id) REFERENCES progress_report (id)
);
