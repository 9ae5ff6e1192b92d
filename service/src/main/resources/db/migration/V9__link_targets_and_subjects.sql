-- Notifications name what they open by kind and id (LinkTarget), not by page: the web layer maps a target to its
-- page. Rows written before keep working: their page paths become the targets they pointed at.
UPDATE notification SET link = REPLACE(link, '/approvals/document.xhtml?id=', 'APPROVAL_DOCUMENT:')
    WHERE link LIKE '/approvals/document.xhtml?id=%';
UPDATE notification SET link = REPLACE(link, '/reports/edit.xhtml?id=', 'REPORT:')
    WHERE link LIKE '/reports/edit.xhtml?id=%';
UPDATE notification SET link = REPLACE(link, '/reports/periods.xhtml?late=', 'LATE_REPORTS:')
    WHERE link LIKE '/reports/periods.xhtml?late=%';

-- Every approval document names its subject (type and id); a progress report's document names the report.
ALTER TABLE approval_document ADD COLUMN subject_id BIGINT NULL;
UPDATE approval_document SET subject_id = (SELECT r.id FROM progress_report r WHERE r.document_id = approval_document.id)
    WHERE doc_type = 'PROGRESS_REPORT';
CREATE INDEX ix_approval_document_subject ON approval_document (doc_type, subject_id);
