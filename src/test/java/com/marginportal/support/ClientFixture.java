package com.marginportal.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test clients of their own (ids from 91,000,001, outside the demo and risk-fixture ranges), each with a credit
 * account, named with a marker unique to the fixture so that a name filter selects exactly them in the shared
 * schema. Classifications, overrides and suitability flags are written directly, as the classification pass
 * and managers would leave them.
 */
public final class ClientFixture {

    private static final AtomicLong NEXT = new AtomicLong(91_000_001);
    private static final AtomicLong MARKERS = new AtomicLong();
    private static final AtomicLong NEXT_SECURITY = new AtomicLong(900_001);

    /** Part of every client name of this fixture (letters only: digits would read as a client number). */
    public final String marker;
    private final JdbcClient jdbc;

    public ClientFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        long n = MARKERS.getAndIncrement();
        this.marker = "测试客户" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    /** A C4 client, 46 years old, trading for years before the account: suitable unless changed. */
    public long client(long branchId, String advisorUsername) {
        long id = NEXT.getAndIncrement();
        Long advisor = advisorUsername == null ? null
                : jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(advisorUsername).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO client (id, name, gender, birth_date, id_number, phone, phone_tail, email, branch_id,
                       advisor_id, risk_tolerance, investment_preference, investment_horizon, advisory_agreement,
                       preferred_language, trading_since, opened_on, status)
                VALUES (?, ?, 'F', ?, '11010519491231002X', '13800001234', '1234', NULL, ?,
                        ?, 'C4', 'BALANCED', 'MEDIUM', FALSE, 'zh-CN', ?, ?, 'ACTIVE')""")
                .params(id, marker + "-" + id % 1000, LocalDate.of(1980, 3, 1), branchId, advisor,
                        LocalDate.of(2012, 1, 1), LocalDate.of(2020, 1, 1))
                .update();
        jdbc.sql("""
                INSERT INTO credit_account (id, client_id, cash, interest_and_fees, credit_limit, financing_margin_ratio,
                       short_margin_ratio, contract_start, contract_expiry, total_assets)
                VALUES (?, ?, 100000, 0, 1000000, 1.0000, 0.5000, ?, ?, 100000)""")
                .params(980_000_000_000L + id, id, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1)).update();
        return id;
    }

    public ClientFixture riskTolerance(long clientId, String tolerance) {
        jdbc.sql("UPDATE client SET risk_tolerance = ? WHERE id = ?").params(tolerance, clientId).update();
        return this;
    }

    /** The value the rules computed (replaces a previous one). */
    public ClientFixture computed(long clientId, String dimension, String value) {
        jdbc.sql("DELETE FROM client_classification WHERE client_id = ? AND dimension = ?").params(clientId, dimension).update();
        jdbc.sql("""
                INSERT INTO client_classification (client_id, dimension, computed_value, reasons, computed_at, thresholds_version)
                VALUES (?, ?, ?, '[]', CURRENT_TIMESTAMP, 1)""").params(clientId, dimension, value).update();
        return this;
    }

    /** A manager's override, valid through {@code validUntil} (null: open-ended; a past day: expired). */
    public ClientFixture override(long clientId, String dimension, String value, LocalDate validUntil) {
        jdbc.sql("DELETE FROM classification_override WHERE client_id = ? AND dimension = ?").params(clientId, dimension).update();
        jdbc.sql("""
                INSERT INTO classification_override (client_id, dimension, override_value, reason, overridden_by,
                       overridden_at, valid_until) VALUES (?, ?, ?, '测试', 'manager1', CURRENT_TIMESTAMP, ?)""")
                .params(clientId, dimension, value, validUntil).update();
        return this;
    }

    /** Removes every computed value of the client (never classified yet). */
    public ClientFixture unclassified(long clientId) {
        jdbc.sql("DELETE FROM client_classification WHERE client_id = ?").param(clientId).update();
        return this;
    }

    public ClientFixture suitabilityIssue(long clientId) {
        jdbc.sql("DELETE FROM suitability_issue WHERE client_id = ?").param(clientId).update();
        jdbc.sql("""
                INSERT INTO suitability_issue (client_id, reasons, checked_at)
                VALUES (?, '[{"key":"suitability.toleranceBelow","figures":["C3","C4"]}]', CURRENT_TIMESTAMP)""")
                .param(clientId).update();
        return this;
    }

    /**
     * A long position of {@code quantity} shares at {@code price} yuan in a security of its own (conversion rate 0.7),
     * {@code financed} yuan of it bought on credit: the account's debt. Valued by the next valuation run.
     */
    public ClientFixture financedPosition(long clientId, long quantity, String price, String financed) {
        String code = "F" + NEXT_SECURITY.getAndIncrement();
        jdbc.sql("INSERT INTO security (code, name, board, security_type, conversion_rate) VALUES (?, ?, 'MAIN', 'STOCK', 0.7000)")
                .params(code, "测试证券" + code).update();
        jdbc.sql("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, ?, CURRENT_DATE, CURRENT_TIMESTAMP)")
                .params(code, new BigDecimal(price)).update();
        jdbc.sql("""
                INSERT INTO holding (account_id, security_code, side, quantity, cost_price, financed_quantity,
                       financed_amount, short_proceeds) VALUES (?, ?, 'LONG', ?, ?, ?, ?, 0)""")
                .params(accountOf(clientId), code, quantity, new BigDecimal(price), quantity, new BigDecimal(financed))
                .update();
        return this;
    }

    public long accountOf(long clientId) {
        return jdbc.sql("SELECT id FROM credit_account WHERE client_id = ?").param(clientId).query(Long.class).single();
    }

    public Long advisorOf(long clientId) {
        return jdbc.sql("SELECT advisor_id FROM client WHERE id = ?").param(clientId).query(Long.class).single();
    }
}
