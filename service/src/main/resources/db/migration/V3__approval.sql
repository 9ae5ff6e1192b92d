-- Electronic approval: documents on an approval line, one row per step and round; signatures are columns of
-- the step, written once.

CREATE TABLE approval_document (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    doc_type         VARCHAR(20)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    drafter_username VARCHAR(50)  NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    round_no         INT          NOT NULL DEFAULT 0,
    submitted_at     TIMESTAMP(3) NULL,
    decided_at       TIMESTAMP(3) NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX ix_approval_document_drafter ON approval_document (drafter_username, status);

CREATE TABLE approval_step (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id       BIGINT        NOT NULL,
    round_no          INT           NOT NULL,
    seq               INT           NOT NULL,
    kind              VARCHAR(10)   NOT NULL,
    assignee_username VARCHAR(50)   NOT NULL,
    assignee_name     VARCHAR(50)   NOT NULL,
    assignee_position VARCHAR(30),
    state             VARCHAR(10)   NOT NULL,
    signer_username   VARCHAR(50),
    signer_name       VARCHAR(50),
    signed_at         TIMESTAMP(3)  NULL,
    capacity          VARCHAR(20),
    signature_comment VARCHAR(1000),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_approval_step UNIQUE (document_id, round_no, seq),
    CONSTRAINT fk_approval_step_document FOREIGN KEY (document_id) REFERENCES approval_document (id)
);

CREATE INDEX ix_approval_step_queue ON approval_step (assignee_username, state);
