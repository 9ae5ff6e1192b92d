-- E-mail copies retried with a growing back-off over a day (issue #9, item 9): each copy has its own next
-- attempt, the start of its current run of attempts (queued, or resent by the administrator) and the last error.
-- Portable across H2 2.x and MySQL 8 / MariaDB 10.11. The times are at most a day ahead, well inside the range
-- of a MySQL TIMESTAMP (which ends in 2038) like every other time of this table.

ALTER TABLE notification ADD COLUMN mail_queued_at TIMESTAMP(3) NULL;
ALTER TABLE notification ADD COLUMN mail_next_at TIMESTAMP(3) NULL;
ALTER TABLE notification ADD COLUMN mail_last_error VARCHAR(300) NULL;

UPDATE notification SET mail_queued_at = created_at WHERE mail_to IS NOT NULL;
UPDATE notification SET mail_next_at = created_at WHERE mail_state = 'PENDING';

CREATE INDEX ix_notification_mail_due ON notification (mail_state, mail_next_at);
