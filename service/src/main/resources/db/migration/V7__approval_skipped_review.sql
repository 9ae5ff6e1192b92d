-- A review left out because the reviewer is away (부재로 검토 생략): the reason is shown in its signature box.
ALTER TABLE approval_step ADD COLUMN skip_reason VARCHAR(200);
