-- The contracts falling due (the home page's reminder): accounts by expiry, without reading every account.
CREATE INDEX ix_credit_account_expiry ON credit_account (contract_expiry);
