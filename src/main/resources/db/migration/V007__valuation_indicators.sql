-- The remaining per-scan indicators of the risk brief: top-1 concentration (largest long position ÷ long
-- market value) and credit-limit usage ((financing debt + short liability) ÷ credit limit).
ALTER TABLE account_valuation ADD COLUMN top1_concentration DECIMAL(12,4) NULL;
ALTER TABLE account_valuation ADD COLUMN credit_limit_usage DECIMAL(12,4) NULL;
