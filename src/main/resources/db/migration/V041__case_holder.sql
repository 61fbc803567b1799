-- Who holds a case in handling (docs/workflow.md, "Who holds a case"): risk_case.advisor_id, which follows the
-- client's advisor unless someone deliberately gave the case to another advisor (a manager on the board, an advisor
-- who took its task from the pool). Then that person's login is kept here, and the case stays with the advisor
-- they chose when the client moves; NULL while the case follows its client.
ALTER TABLE case_process ADD COLUMN advisor_chosen_by VARCHAR(50) NULL;
