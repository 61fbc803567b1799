-- Contact plan names in the UI's language: the built-in plans (seeded in V020 with Chinese names) carry a message key
-- and are shown in the viewer's language; a name without a key (one an admin typed) is shown as typed. Renaming a
-- built-in plan clears its key: the name it was given is shown from then on. The stored name stays as it is (it is
-- unique, and the audit log quotes it).
ALTER TABLE contact_plan ADD COLUMN name_key VARCHAR(60) NULL;
UPDATE contact_plan SET name_key = 'contactPlan.highNetWorthMonthly' WHERE name = '高净值客户月度沟通';
UPDATE contact_plan SET name_key = 'contactPlan.highRiskWeekly' WHERE name = '高风险客户周度沟通';
