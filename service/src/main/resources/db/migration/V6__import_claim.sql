-- One import of a workbook at a time across every instance sharing the database: an import takes the row of
-- its kind with one conditional update and gives it back when it ends; a claim older than the lease (its
-- instance died) may be taken again.

CREATE TABLE import_claim (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(30)  NOT NULL,
    holder     VARCHAR(64)  NULL,
    claimed_by VARCHAR(50)  NULL,
    claimed_at TIMESTAMP(3) NULL,
    CONSTRAINT uk_import_claim_kind UNIQUE (kind)
);

INSERT INTO import_claim (kind) VALUES ('TASKS');
