-- Line profile names in the UI's language: the built-in profiles (seeded in V002 with both languages in one name,
-- "默认 Default") carry a message key and are shown in the viewer's language; a name without a key is shown as typed.
-- The stored name stays as it is (it is unique, and the audit log quotes it).
ALTER TABLE risk_line_profile ADD COLUMN name_key VARCHAR(60) NULL;
UPDATE risk_line_profile SET name_key = 'lineProfile.default' WHERE name = '默认 Default';
UPDATE risk_line_profile SET name_key = 'lineProfile.highRisk' WHERE name = '高风险 High risk';
