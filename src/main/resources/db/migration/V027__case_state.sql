-- One state per case (risk_case.status): OPEN, RESTORED, HANDED_OFF (forced liquidation handed to trading) or
-- CLOSED (closed by a manager). When and by whom a manager's decision ended the case.
ALTER TABLE risk_case ADD COLUMN closed_at DATETIME(6) NULL;
ALTER TABLE risk_case ADD COLUMN closed_by VARCHAR(50) NULL;

-- Cases decided before this change stayed OPEN while their process had ended: give them their decided state.
UPDATE risk_case SET status = 'HANDED_OFF',
       closed_at = (SELECT MAX(rr.resolved_at) FROM resolution_record rr WHERE rr.case_id = risk_case.id),
       closed_by = (SELECT MAX(rr.decided_by) FROM resolution_record rr WHERE rr.case_id = risk_case.id)
 WHERE status = 'OPEN'
   AND EXISTS (SELECT 1 FROM resolution_record rr WHERE rr.case_id = risk_case.id AND rr.outcome = 'FORCED_LIQUIDATION');
UPDATE risk_case SET status = 'CLOSED',
       closed_at = (SELECT MAX(rr.resolved_at) FROM resolution_record rr WHERE rr.case_id = risk_case.id),
       closed_by = (SELECT MAX(rr.decided_by) FROM resolution_record rr WHERE rr.case_id = risk_case.id)
 WHERE status = 'OPEN'
   AND EXISTS (SELECT 1 FROM resolution_record rr WHERE rr.case_id = risk_case.id AND rr.outcome = 'CLOSED_BY_MANAGER');
