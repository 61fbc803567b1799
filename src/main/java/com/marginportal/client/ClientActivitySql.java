package com.marginportal.client;

/**
 * What every client holds and does, in one streaming statement: latest valuation, the long value in volatile
 * boards, trades and contacts since the start of the analysis period. No query per client.
 * The volatile value is summed over accounts LEFT JOIN positions (as the valuation does), which fixes the join order:
 * driven by the small security tables, MariaDB read a million positions through the security-code index in random
 * order (35 s at 100,000 clients instead of a few seconds) whenever its statistics were fresh from a bulk load.
 */
final class ClientActivitySql {

    private static final String TEMPLATE = """
            SELECT c.id AS client_id, c.risk_tolerance, c.advisory_agreement, c.birth_date, c.trading_since, c.opened_on,
                   a.special_warning_line,
                   v.financing_ratio, v.maintenance_ratio, v.total_assets, v.long_market_value,
                   COALESCE(hv.volatile_value, 0) AS volatile_value,
                   COALESCE(t.trades, 0) AS trades, COALESCE(t.amount, 0) AS amount,
                   COALESCE(t.buy_amount, 0) AS buy_amount,
                   COALESCE(ct.contacts, 0) AS contacts, COALESCE(ct.advisor_contacts, 0) AS advisor_contacts
              FROM client c
              JOIN credit_account a ON a.client_id = c.id
              LEFT JOIN account_valuation v ON v.account_id = a.id AND v.run_id = ?
              LEFT JOIN (SELECT ca.id AS account_id,
                                SUM(CASE WHEN h.side = 'LONG' AND s.security_type = 'STOCK'
                                          AND (s.board IN ('STAR', 'CHINEXT', 'BSE') OR s.index_member = FALSE)
                                         THEN h.quantity * p.price END) AS volatile_value
                           FROM credit_account ca
                           LEFT JOIN holding h ON h.account_id = ca.id
                           LEFT JOIN security s ON s.code = h.security_code
                           LEFT JOIN security_price p ON p.code = h.security_code/*holding*/
                          GROUP BY ca.id) hv ON hv.account_id = a.id
              LEFT JOIN (SELECT account_id, COUNT(*) AS trades, SUM(amount) AS amount,
                                SUM(CASE WHEN trade_type IN ('BUY', 'MARGIN_BUY') THEN amount ELSE 0 END) AS buy_amount
                           FROM trade WHERE traded_at >= ?/*trade*/ GROUP BY account_id) t ON t.account_id = a.id
              LEFT JOIN (SELECT client_id, COUNT(*) AS contacts,
                                SUM(CASE WHEN direction = 'ADVISOR_INITIATED' THEN 1 ELSE 0 END) AS advisor_contacts
                           FROM contact_record WHERE contacted_at >= ?/*contact*/ GROUP BY client_id) ct ON ct.client_id = c.id
            /*client*/ ORDER BY c.id""";

    static final String FACTS = facts("", "", "", "");

    /**
     * The same statement for some clients only: {@code accounts} placeholders for their account ids, {@code clients}
     * for their client ids (parameters: run, account ids, since, account ids, since, client ids, client ids).
     */
    static String factsFor(int accounts, int clients) {
        String accountIds = placeholders(accounts);
        String clientIds = placeholders(clients);
        return facts(" WHERE ca.id IN (" + accountIds + ")", " AND account_id IN (" + accountIds + ")",
                " AND client_id IN (" + clientIds + ")", " WHERE c.id IN (" + clientIds + ")");
    }

    private static String facts(String holding, String trade, String contact, String client) {
        return TEMPLATE.replace("/*holding*/", holding).replace("/*trade*/", trade).replace("/*contact*/", contact)
                .replace("/*client*/", client);
    }

    private static String placeholders(int n) {
        return n == 0 ? "NULL" : String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private ClientActivitySql() {
    }
}
