-- Details the system writes (a calendar load, a contact plan run, a failed password change) are also kept as a
-- message key and its arguments, so the audit log shows them in the reader's language; `details` keeps the
-- English text for exports and older readers. Entries written before, and details people typed, have no key.
ALTER TABLE audit_entry ADD COLUMN details_key VARCHAR(100) NULL;
ALTER TABLE audit_entry ADD COLUMN details_args VARCHAR(2000) NULL;
