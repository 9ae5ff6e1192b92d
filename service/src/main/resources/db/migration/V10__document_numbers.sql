-- On-nara's document form (#11, item 8). A document gets its registration number (문서번호) when it is first
-- submitted: the drafter's department and a running number of that department in the year, e.g. 관광정책과-12.
-- The running numbers live in document_counter, one row per department name and year; a submission takes its row
-- with an UPDATE (the row lock orders submissions on every instance sharing the database), and the unique key on
-- the document is the second line of defence.
CREATE TABLE document_counter (
    prefix       VARCHAR(100) NOT NULL,
    counter_year INT          NOT NULL,
    last_no      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_document_counter PRIMARY KEY (prefix, counter_year)
);

ALTER TABLE approval_document ADD COLUMN doc_number VARCHAR(120) NULL;
ALTER TABLE approval_document ADD COLUMN doc_year INT NULL;
ALTER TABLE approval_document ADD COLUMN drafter_unit VARCHAR(100) NULL;
ALTER TABLE approval_document ADD CONSTRAINT uk_approval_document_number UNIQUE (doc_year, doc_number);

-- Each box of the line keeps the unit its person worked in when the line was drawn (the 협조란 is headed by it,
-- and a line rebuilt after a return keeps it). Rows written before: the person's unit now.
ALTER TABLE approval_step ADD COLUMN assignee_unit VARCHAR(100) NULL;
UPDATE approval_step SET assignee_unit = (SELECT o.name_ko FROM user_account u JOIN org_unit o ON o.id = u.org_unit_id
    WHERE u.username = approval_step.assignee_username);
