-- Issue #12: the approval boxes "done", "in progress" and "returned" list the documents a person drafted or signed.
-- The signed part is looked up by signer (before, every document in the state was checked for a signature of the
-- caller: all the approved documents of ten years, on every page of the box).
CREATE INDEX ix_approval_step_signer ON approval_step (signer_username, document_id);

-- The strategy cards' counts by status (every task list and home page): answered from the index alone.
CREATE INDEX ix_policy_task_strategy_status ON policy_task (strategy_id, status);
