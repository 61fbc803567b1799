package com.marginportal.workflow;

import java.math.BigDecimal;

import com.marginportal.risk.RiskFixture;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test account of the workflow ITs: the risk tests' {@link RiskFixture} (advisor1 in branch 1, 10,000 shares
 * financed with 70,000, so 9.50 → warning, 8.90 → margin call, 10.00 → restored, and a unique e-mail address),
 * plus what the workflow tests do with it.
 */
final class BreachFixture {

    final long clientId;
    final long accountId;
    final String email;
    private final RiskFixture account;
    private final JdbcClient jdbc;

    BreachFixture(JdbcClient jdbc) {
        this(jdbc, new RiskFixture(jdbc));
    }

    /** An account of {@code advisorUsername} in {@code branchId} (the slices' own people). */
    BreachFixture(JdbcClient jdbc, long branchId, String advisorUsername) {
        this(jdbc, new RiskFixture(jdbc, branchId, advisorUsername));
    }

    private BreachFixture(JdbcClient jdbc, RiskFixture account) {
        this.jdbc = jdbc;
        this.account = account;
        this.clientId = account.clientId;
        this.accountId = account.accountId;
        this.email = account.email;
    }

    void price(String price) {
        account.price(price);
    }

    void topUp(String cash) {
        jdbc.sql("UPDATE credit_account SET cash = cash + ? WHERE id = ?").params(new BigDecimal(cash), accountId).update();
    }

    /** The high-risk profile's lines for this account ({@link RiskFixture#highRisk}). */
    void highRisk() {
        account.highRisk();
    }

    void interestAndFees(String amount) {
        jdbc.sql("UPDATE credit_account SET interest_and_fees = ? WHERE id = ?").params(new BigDecimal(amount), accountId)
                .update();
    }

    long openCaseId() {
        return jdbc.sql("SELECT id FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(accountId).query(Long.class).single();
    }
}
