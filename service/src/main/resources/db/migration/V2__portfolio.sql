-- Strategy portfolio: strategies, their task forces, policy tasks and everything on the task card.

CREATE TABLE strategy (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    strategy_number INT           NOT NULL,
    name_ko         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100),
    description_ko  VARCHAR(2000),
    description_en  VARCHAR(2000),
    vision          VARCHAR(200),
    demo            BOOLEAN       NOT NULL DEFAULT FALSE,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_strategy_number UNIQUE (strategy_number)
);

CREATE TABLE task_force (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    strategy_id          BIGINT       NOT NULL,
    name_ko              VARCHAR(100) NOT NULL,
    leader_id            BIGINT,
    coordinating_unit_id BIGINT,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_task_force_strategy UNIQUE (strategy_id),
    CONSTRAINT fk_task_force_strategy FOREIGN KEY (strategy_id) REFERENCES strategy (id),
    CONSTRAINT fk_task_force_leader FOREIGN KEY (leader_id) REFERENCES user_account (id),
    CONSTRAINT fk_task_force_coordinating_unit FOREIGN KEY (coordinating_unit_id) REFERENCES org_unit (id)
);

CREATE TABLE task_force_member (
    task_force_id BIGINT NOT NULL,
    user_id       BIGINT NOT NULL,
    CONSTRAINT pk_task_force_member PRIMARY KEY (task_force_id, user_id),
    CONSTRAINT fk_task_force_member_tf FOREIGN KEY (task_force_id) REFERENCES task_force (id),
    CONSTRAINT fk_task_force_member_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE policy_task (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    management_number VARCHAR(10)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    title_en          VARCHAR(200),
    summary           VARCHAR(2000),
    strategy_id       BIGINT        NOT NULL,
    owning_unit_id    BIGINT        NOT NULL,
    officer_id        BIGINT,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    term              VARCHAR(10)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    demo              BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_policy_task_number UNIQUE (management_number),
    CONSTRAINT fk_policy_task_strategy FOREIGN KEY (strategy_id) REFERENCES strategy (id),
    CONSTRAINT fk_policy_task_owning_unit FOREIGN KEY (owning_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_policy_task_officer FOREIGN KEY (officer_id) REFERENCES user_account (id)
);

CREATE INDEX ix_policy_task_strategy ON policy_task (strategy_id);
CREATE INDEX ix_policy_task_owning_unit ON policy_task (owning_unit_id);
CREATE INDEX ix_policy_task_status ON policy_task (status);

CREATE TABLE task_collaborator (
    task_id     BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    CONSTRAINT pk_task_collaborator PRIMARY KEY (task_id, org_unit_id),
    CONSTRAINT fk_task_collaborator_task FOREIGN KEY (task_id) REFERENCES policy_task (id),
    CONSTRAINT fk_task_collaborator_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

CREATE INDEX ix_task_collaborator_unit ON task_collaborator (org_unit_id);

CREATE TABLE task_source (
    task_id BIGINT      NOT NULL,
    source  VARCHAR(30) NOT NULL,
    CONSTRAINT pk_task_source PRIMARY KEY (task_id, source),
    CONSTRAINT fk_task_source_task FOREIGN KEY (task_id) REFERENCES policy_task (id)
);

CREATE TABLE task_milestone (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id      BIGINT       NOT NULL,
    plan_year    INT          NOT NULL,
    plan_quarter INT          NOT NULL,
    content      VARCHAR(300) NOT NULL,
    CONSTRAINT fk_task_milestone_task FOREIGN KEY (task_id) REFERENCES policy_task (id)
);

CREATE TABLE task_kpi (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id      BIGINT         NOT NULL,
    sort_order   INT            NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    unit         VARCHAR(20)    NOT NULL,
    direction    VARCHAR(10)    NOT NULL,
    baseline     DECIMAL(19, 4),
    how_measured VARCHAR(500),
    CONSTRAINT fk_task_kpi_task FOREIGN KEY (task_id) REFERENCES policy_task (id)
);

CREATE TABLE task_kpi_target (
    kpi_id       BIGINT         NOT NULL,
    target_year  INT            NOT NULL,
    target_value DECIMAL(19, 4) NOT NULL,
    CONSTRAINT pk_task_kpi_target PRIMARY KEY (kpi_id, target_year),
    CONSTRAINT fk_task_kpi_target_kpi FOREIGN KEY (kpi_id) REFERENCES task_kpi (id)
);

CREATE TABLE task_fund_plan (
    task_id     BIGINT      NOT NULL,
    fiscal_year INT         NOT NULL,
    source      VARCHAR(20) NOT NULL,
    amount_won  BIGINT      NOT NULL,
    CONSTRAINT pk_task_fund_plan PRIMARY KEY (task_id, fiscal_year, source),
    CONSTRAINT fk_task_fund_plan_task FOREIGN KEY (task_id) REFERENCES policy_task (id)
);
