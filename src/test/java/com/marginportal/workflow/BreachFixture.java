package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test account of the workflow ITs (client ids from 91,000,001, advisor1 in branch 1): 10,000 shares of its
 * own security financed with 70,000, so the ratio is price × 10,000 ÷ 70,000 (9.50 → warning, 8.90 → margin call,
 * 10.00 → restored), and a unique e-mail address.
 */
final class BreachFixture {

    private static final AtomicLong NEXT = new AtomicLong(91_000_001);

    final long clientId;
    final long accountId;
    final String email;
    private final String securityCode;
    private final JdbcClient jdbc;

    BreachFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clientId = NEXT.getAndIncrement();
        this.accountId = 991_000_000_000L + clientId;
        this.email = "wf" + clientId + "@example.com";
        this.securityCode = "W" + (clientId % 1_000_000) + ".SZ";
        long advisor = jdbc.sql("SELECT id FROM app_user WHERE username = 'advisor1'").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO client (id, name, gender, birth_date, id_number, phone, phone_tail, email, branch_id,
                       advisor_id, risk_tolerance, investment_preference, investment_horizon, advisory_agreement,
                       preferred_language, opened_on, status)
                VALUES (?, '流程客户', 'F', ?, '11010519491231002X', '13800005678', '5678', ?, 1,
                        ?, 'C4', 'BALANCED', 'MEDIUM', FALSE, 'zh-CN', ?, 'ACTIVE')""")
                .params(clientId, LocalDate.of(1985, 1, 1), email, advisor, LocalDate.of(2020, 1, 1)).update();
        jdbc.sql("""
                INSERT INTO credit_account (id, client_id, cash, interest_and_fees, credit_limit, financing_margin_ratio,
                       short_margin_ratio, contract_start, contract_expiry)
                VALUES (?, ?, 0, 0, 1000000, 1.0000, 0.5000, ?, ?)""")
                .params(accountId, clientId, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1)).update();
        jdbc.sql("""
                INSERT INTO security (code, name, board, security_type, index_member, status, conversion_rate)
                VALUES (?, '流程证券', 'MAIN_SZ', 'STOCK', TRUE, 'NORMAL', 0.7000)""").params(securityCode).update();
        jdbc.sql("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, 10, ?, CURRENT_TIMESTAMP)")
                .params(securityCode, LocalDate.of(2026, 11, 24)).update();
        jdbc.sql("""
                INSERT INTO holding (account_id, security_code, side, quantity, cost_price, financed_quantity,
                       financed_amount, short_proceeds)
                VALUES (?, ?, 'LONG', 10000, 10, 7000, 70000, 0)""").params(accountId, securityCode).update();
    }

    void price(String price) {
        jdbc.sql("UPDATE security_price SET price = ? WHERE code = ?").params(new BigDecimal(price), securityCode).update();
    }

    void topUp(String cash) {
        jdbc.sql("UPDATE credit_account SET cash = cash + ? WHERE id = ?").params(new BigDecimal(cash), accountId).update();
    }

    long openCaseId() {
        return jdbc.sql("SELECT id FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(accountId).query(Long.class).single();
    }
}
