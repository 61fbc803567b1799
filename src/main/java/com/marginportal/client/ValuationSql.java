package com.marginportal.client;

/**
 * The exchange formulas of {@link com.marginportal.client.domain.MarginCalculator} as one set-based
 * statement: every account valued in a single INSERT … SELECT … GROUP BY, no query per account.
 * Divisions run on DECIMAL(30,12) so rounding to 4 places matches the Java calculator.
 */
final class ValuationSql {

    /**
     * Per security, once per run: price, conversion rate and their product, so the product is multiplied once
     * per security, not per position (the standard statement, H2; MariaDB uses {@link #CREATE_PRICED_MARIADB}).
     */
    private static final String PRICED = """
            (SELECT p.code, p.price, s.conversion_rate AS rate, p.price * s.conversion_rate AS credit
               FROM security_price p JOIN security s ON s.code = p.code
              GROUP BY p.code, p.price, s.conversion_rate)""";

    /**
     * Per holding: its contribution to available margin before cash, interest and margin deductions. The
     * calculator's formula rearranged (exact in DECIMAL, so the same figures) to fewer multiplications:
     * long (quantity − financed) × price × rate + (gain on the financed part × rate, or the loss in full) is
     * quantity × credit − financed amount × rate when the financed part is not at a loss, else
     * (quantity − financed) × credit + financed × price − financed amount; short: the gain × rate − proceeds,
     * or −quantity × price when at a loss.
     */
    private static final String MARGIN_CREDIT = """
            CASE WHEN h.side = 'LONG' THEN
                 CASE WHEN h.financed_amount = 0 THEN h.quantity * q.credit
                      WHEN h.financed_quantity * q.price >= h.financed_amount
                      THEN h.quantity * q.credit - h.financed_amount * q.rate
                      ELSE (h.quantity - h.financed_quantity) * q.credit + h.financed_quantity * q.price
                           - h.financed_amount END
            ELSE CASE WHEN h.short_proceeds >= h.quantity * q.price
                      THEN h.short_proceeds * q.rate - h.quantity * q.credit - h.short_proceeds
                      ELSE 0 - h.quantity * q.price END
            END""";

    /**
     * Per security for MariaDB, once per run: the same rows as {@link #PRICED} in a session's temporary InnoDB
     * table keyed by code. Measured at 100,000 accounts (ANALYZE FORMAT=JSON): a million lookups into the derived
     * table's hash key took ~3.8 s, into this table's primary key ~1.5 s; the bare aggregation's lookups into
     * security_price cost the same. Temporary: each connection (node, manual scan) has its own, no locks shared;
     * CREATE/DROP TEMPORARY do not end the run's transaction.
     */
    static final String PRICED_TABLE = "valuation_priced";

    static final String DROP_PRICED_MARIADB = "DROP TEMPORARY TABLE IF EXISTS " + PRICED_TABLE;

    static final String CREATE_PRICED_MARIADB = """
            CREATE TEMPORARY TABLE %s (code VARCHAR(12) NOT NULL PRIMARY KEY, price DECIMAL(12,3) NOT NULL,
                   rate DECIMAL(5,4) NOT NULL, credit DECIMAL(17,7) NOT NULL) ENGINE=InnoDB
            SELECT p.code, p.price, s.conversion_rate AS rate, p.price * s.conversion_rate AS credit
              FROM security_price p JOIN security s ON s.code = p.code""".formatted(PRICED_TABLE);

    private static final String VALUE_ALL_FROM = """
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
                           COALESCE(SUM(CASE WHEN h.side = 'LONG' THEN h.quantity * q.price ELSE 0 END), 0) AS lmv,
                           COALESCE(SUM(h.financed_amount), 0) AS fin,
                           COALESCE(SUM(CASE WHEN h.side = 'SHORT' THEN h.quantity * q.price ELSE 0 END), 0) AS sv,
                           COALESCE(MAX(CASE WHEN h.side = 'LONG' THEN h.quantity * q.price END), 0) AS top1,
                           COALESCE(SUM(%s), 0) AS mc
                      FROM credit_account c
                      LEFT JOIN holding h ON h.account_id = c.id
                      LEFT JOIN %s q ON q.code = h.security_code
                     GROUP BY c.id) x ON x.account_id = a.id""";

    static final String VALUE_ALL = VALUE_ALL_FROM.formatted(MARGIN_CREDIT, PRICED);

    /**
     * MariaDB: the per-security rows from {@link #CREATE_PRICED_MARIADB} (create it first, in the same
     * transaction). Without "split materialization" the grouped positions are computed once for all accounts;
     * with it the optimizer chose to compute them per account (minutes instead of seconds at 100,000 accounts).
     */
    static final String VALUE_ALL_MARIADB = "SET STATEMENT optimizer_switch='split_materialized=off' FOR "
            + VALUE_ALL_FROM.formatted(MARGIN_CREDIT, PRICED_TABLE);

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

    /** READ_RUN for the accounts a scan must check (see AccountValuationService#forEachValuationToCheck). */
    static final String READ_RUN_TO_CHECK = READ_RUN + " " + """
               AND (v.maintenance_ratio < ? OR v.financing_ratio > ?
                    OR a.special_warning_line IS NOT NULL OR a.special_margin_call_line IS NOT NULL
                    OR a.special_liquidation_line IS NOT NULL
                    OR v.account_id IN (SELECT open_account_id FROM risk_case WHERE open_account_id IS NOT NULL))""";

    /**
     * MariaDB: the run's rows first (one range of the primary key), then each account and client by primary key.
     * Left to itself the optimizer scanned every client and reached the run's row through the account's client
     * index: ANALYZE at 100,000 accounts 731 ms, in this order 193 ms.
     */
    static final String READ_RUN_TO_CHECK_MARIADB = READ_RUN_TO_CHECK.replaceFirst("SELECT v\\.\\*",
            "SELECT STRAIGHT_JOIN v.*");

    private ValuationSql() {
    }
}
