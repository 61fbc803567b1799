package com.marginportal.client;

/**
 * The exchange formulas of {@link com.marginportal.client.domain.MarginCalculator} as one set-based
 * statement: every account valued in a single INSERT … SELECT … GROUP BY, no query per account.
 * Divisions run on DECIMAL(30,12) so rounding to 4 places matches the Java calculator.
 */
final class ValuationSql {

    /** Per holding: its contribution to available margin before cash, interest and margin deductions. */
    private static final String MARGIN_CREDIT = """
            CASE WHEN h.side = 'LONG' THEN
                 (h.quantity - h.financed_quantity) * p.price * s.conversion_rate
                 + CASE WHEN h.financed_quantity * p.price - h.financed_amount >= 0
                        THEN (h.financed_quantity * p.price - h.financed_amount) * s.conversion_rate
                        ELSE h.financed_quantity * p.price - h.financed_amount END
            ELSE CASE WHEN h.short_proceeds - h.quantity * p.price >= 0
                      THEN (h.short_proceeds - h.quantity * p.price) * s.conversion_rate
                      ELSE h.short_proceeds - h.quantity * p.price END
                 - h.short_proceeds
            END""";

    static final String VALUE_ALL = """
            INSERT INTO account_valuation (run_id, account_id, cash, long_market_value, total_assets,
                   financing_debt, short_liability, interest_and_fees, total_debt, maintenance_ratio,
                   available_margin, financing_ratio, top1_concentration, credit_limit_usage)
            SELECT :run, a.id, a.cash, ROUND(x.lmv, 2), ROUND(a.cash + x.lmv, 2), ROUND(x.fin, 2), ROUND(x.sv, 2),
                   a.interest_and_fees, ROUND(x.fin + x.sv + a.interest_and_fees, 2),
                   CASE WHEN ROUND(x.fin + x.sv + a.interest_and_fees, 2) > 0
                        THEN ROUND(CAST(a.cash + x.lmv AS DECIMAL(30,12))
                                   / CAST(x.fin + x.sv + a.interest_and_fees AS DECIMAL(30,12)), 4) END,
                   ROUND(a.cash + x.mc - x.fin * a.financing_margin_ratio - x.sv * a.short_margin_ratio
                         - a.interest_and_fees, 2),
                   CASE WHEN ROUND(a.cash + x.lmv, 2) > 0
                        THEN ROUND(CAST(x.fin AS DECIMAL(30,12)) / CAST(a.cash + x.lmv AS DECIMAL(30,12)), 4) END,
                   CASE WHEN x.lmv > 0
                        THEN ROUND(CAST(x.top1 AS DECIMAL(30,12)) / CAST(x.lmv AS DECIMAL(30,12)), 4) END,
                   CASE WHEN a.credit_limit > 0
                        THEN ROUND(CAST(x.fin + x.sv AS DECIMAL(30,12))
                                   / CAST(a.credit_limit AS DECIMAL(30,12)), 4) END
              FROM credit_account a
              JOIN (SELECT c.id AS account_id,
                           COALESCE(SUM(CASE WHEN h.side = 'LONG' THEN h.quantity * p.price ELSE 0 END), 0) AS lmv,
                           COALESCE(SUM(h.financed_amount), 0) AS fin,
                           COALESCE(SUM(CASE WHEN h.side = 'SHORT' THEN h.quantity * p.price ELSE 0 END), 0) AS sv,
                           COALESCE(MAX(CASE WHEN h.side = 'LONG' THEN h.quantity * p.price END), 0) AS top1,
                           COALESCE(SUM(%s), 0) AS mc
                      FROM credit_account c
                      LEFT JOIN holding h ON h.account_id = c.id
                      LEFT JOIN security s ON s.code = h.security_code
                      LEFT JOIN security_price p ON p.code = h.security_code
                     GROUP BY c.id) x ON x.account_id = a.id""".formatted(MARGIN_CREDIT);

    /** The latest valuation onto the account row, for lists that sort and filter by it. */
    static final String LATEST_MARIADB = """
            UPDATE credit_account a JOIN account_valuation v ON v.account_id = a.id AND v.run_id = :run
               SET a.total_assets = v.total_assets, a.total_debt = v.total_debt,
                   a.maintenance_ratio = v.maintenance_ratio, a.valued_at = :at""";

    static final String LATEST_STANDARD = """
            MERGE INTO credit_account a
            USING (SELECT account_id, total_assets, total_debt, maintenance_ratio
                     FROM account_valuation WHERE run_id = :run) v
               ON (a.id = v.account_id)
             WHEN MATCHED THEN UPDATE SET total_assets = v.total_assets, total_debt = v.total_debt,
                  maintenance_ratio = v.maintenance_ratio, valued_at = :at""";

    static final String READ_RUN = """
            SELECT v.*, c.id AS client_id, c.branch_id, c.advisor_id, a.special_warning_line,
                   a.special_margin_call_line, a.special_liquidation_line
              FROM account_valuation v
              JOIN credit_account a ON a.id = v.account_id
              JOIN client c ON c.id = a.client_id
             WHERE v.run_id = ?""";

    private ValuationSql() {
    }
}
