package com.marginportal.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test account of its own (client ids from 90,000,001, outside the demo range) holding 10,000 shares
 * of its own security, financed with 70,000: the maintenance ratio is price × 10,000 ÷ 70,000, so the test
 * moves the account across the lines by setting the price.
 */
public final class RiskFixture {

    private static final AtomicLong NEXT = new AtomicLong(90_000_001);

    public final long clientId;
    public final long accountId;
    public final String securityCode;
    public final String email;
    private final JdbcClient jdbc;

    /** A client of advisor1 in branch 1 (the demo's). */
    public RiskFixture(JdbcClient jdbc) {
        this(jdbc, 1, "advisor1");
    }

    /** A client of {@code advisorUsername} in {@code branchId}. */
    public RiskFixture(JdbcClient jdbc, long branchId, String advisorUsername) {
        this.jdbc = jdbc;
        this.clientId = NEXT.getAndIncrement();
        this.accountId = 990_000_000_000L + clientId;
        this.securityCode = "T" + (clientId % 100_000) + ".SH";
        this.email = "c" + clientId + "@example.com";
        long advisor = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(advisorUsername)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO client (id, name, gender, birth_date, id_number, phone, phone_tail, email, branch_id,
                       advisor_id, risk_tolerance, investment_preference, investment_horizon, advisory_agreement,
                       preferred_language, opened_on, status)
                VALUES (?, '测试客户', 'M', ?, '11010519491231002X', '13800001234', '1234', ?, ?,
                        ?, 'C4', 'BALANCED', 'MEDIUM', FALSE, 'zh-CN', ?, 'ACTIVE')""")
                .params(clientId, LocalDate.of(1980, 1, 1), email, branchId, advisor, LocalDate.of(2020, 1, 1)).update();
        jdbc.sql("""
                INSERT INTO credit_account (id, client_id, cash, interest_and_fees, credit_limit, financing_margin_ratio,
                       short_margin_ratio, contract_start, contract_expiry)
                VALUES (?, ?, 0, 0, 1000000, 1.0000, 0.5000, ?, ?)""")
                .params(accountId, clientId, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1)).update();
        jdbc.sql("""
                INSERT INTO security (code, name, board, security_type, index_member, status, conversion_rate)
                VALUES (?, '测试证券', 'MAIN_SH', 'STOCK', TRUE, 'NORMAL', 0.7000)""").params(securityCode).update();
        jdbc.sql("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, 10, ?, CURRENT_TIMESTAMP)")
                .params(securityCode, LocalDate.of(2026, 11, 24)).update();
        jdbc.sql("""
                INSERT INTO holding (account_id, security_code, side, quantity, cost_price, financed_quantity,
                       financed_amount, short_proceeds)
                VALUES (?, ?, 'LONG', 10000, 10, 7000, 70000, 0)""").params(accountId, securityCode).update();
    }

    /** Ratio = price × 10,000 ÷ 70,000: 10.00 → 142.86%, 9.50 → 135.71%, 8.90 → 127.14%, 7.50 → 107.14%. */
    /**
     * Holds the account to the seeded high-risk profile (warning 150%, margin call 130%, liquidation 120%, target 150%,
     * financing-ratio line 60%): its risk class is HIGH, computed (no reasons: an empty JSON list, as the 360 view reads
     * them) and overridden, so a reclassification in another test keeps it.
     */
    public void highRisk() {
        jdbc.sql("""
                INSERT INTO client_classification (client_id, dimension, computed_value, reasons, computed_at,
                       thresholds_version) VALUES (?, 'RISK_LEVEL', 'HIGH', '[]', CURRENT_TIMESTAMP, 1)""")
                .param(clientId).update();
        jdbc.sql("""
                INSERT INTO classification_override (client_id, dimension, override_value, reason, overridden_by,
                       overridden_at, valid_until) VALUES (?, 'RISK_LEVEL', 'HIGH', '测试', 'manager1', CURRENT_TIMESTAMP, NULL)""")
                .param(clientId).update();
    }

    public void price(String price) {
        jdbc.sql("UPDATE security_price SET price = ? WHERE code = ?").params(new BigDecimal(price), securityCode).update();
    }

    public long openCases() {
        return jdbc.sql("SELECT COUNT(*) FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(accountId).query(Long.class).single();
    }

    public long cases() {
        return jdbc.sql("SELECT COUNT(*) FROM risk_case WHERE account_id = ?").param(accountId).query(Long.class).single();
    }

    public String openLevel() {
        return jdbc.sql("SELECT level FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(accountId).query(String.class).single();
    }

    long events(String type) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM risk_case_event e JOIN risk_case c ON c.id = e.case_id
                 WHERE c.account_id = ? AND e.event_type = ?""").params(accountId, type).query(Long.class).single();
    }
}
