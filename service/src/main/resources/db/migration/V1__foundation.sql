-- CorePolicy foundation: organisation, user accounts and roles, audit trail.
-- Portable across H2 2.x (MODE=LEGACY) and MySQL 8 / MariaDB 10.11: AUTO_INCREMENT keys, VARCHAR, named constraints.

CREATE TABLE org_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name_ko     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100),
    unit_type   VARCHAR(20)  NOT NULL,
    parent_id   BIGINT,
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);

CREATE TABLE user_account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    username           VARCHAR(50)  NOT NULL,
    display_name       VARCHAR(50)  NOT NULL,
    org_unit_id        BIGINT       NOT NULL,
    position           VARCHAR(30)  NOT NULL,
    email              VARCHAR(200),
    password_hash      VARCHAR(255) NOT NULL,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins    INT          NOT NULL DEFAULT 0,
    locked_until       TIMESTAMP(3) NULL,
    last_sign_in_at    TIMESTAMP(3) NULL,
    preferred_language VARCHAR(5)   NOT NULL DEFAULT 'KO',
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(30) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE audit_log (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(3)  NOT NULL,
    actor          VARCHAR(50)   NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    target         VARCHAR(100),
    detail         VARCHAR(1000),
    source_address VARCHAR(45)
);

CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_actor ON audit_log (actor, occurred_at);
