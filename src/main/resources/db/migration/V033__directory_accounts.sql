-- Directory sign-in (issue 12, profile ldap): an account provisioned from LDAP / Active Directory has no usable
-- local password; name, role and branch come from the directory at each sign-in.
ALTER TABLE app_user ADD COLUMN directory_managed BOOLEAN NOT NULL DEFAULT FALSE;
