package com.marginportal.demo;

import static com.marginportal.UtcColumns.utc;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.marginportal.demo.Organisation.Advisor;
import com.marginportal.demo.Rows.BranchRow;
import com.marginportal.demo.Rows.SecurityRow;
import com.marginportal.demo.Rows.UserRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plain portable INSERTs in JDBC batches (H2 and MariaDB alike), one transaction per call. Generated ids
 * (users, trades, contacts) are left to the database. Timestamps are stored as UTC wall time, as the rest
 * of the application reads them.
 * JdbcClient, not JPA: the demo archive is generated in plain JDBC batches, thousands of rows per statement.
 */
@Component
class DemoDataWriter {

    static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    DemoDataWriter(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    boolean hasBranches() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM branch", Integer.class);
        return count != null && count > 0;
    }

    void writeReferenceData(List<BranchRow> branches, List<UserRow> users, String passwordHash, Instant now,
                            List<SecurityRow> securities, LocalDate priceDate) {
        tx.executeWithoutResult(status -> {
            batch("INSERT INTO branch (id, code, name, city) VALUES (?, ?, ?, ?)", branches, (ps, b) -> {
                ps.setLong(1, b.id());
                ps.setString(2, b.code());
                ps.setString(3, b.name());
                ps.setString(4, b.city());
            });
            batch("""
                    INSERT INTO app_user (username, password_hash, display_name, role, branch_id, phone, email,
                                          enabled, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", users, (ps, u) -> {
                ps.setString(1, u.username());
                ps.setString(2, passwordHash);
                ps.setString(3, u.displayName());
                ps.setString(4, u.role());
                ps.setObject(5, u.branchId(), Types.BIGINT);
                ps.setString(6, u.phone());
                ps.setString(7, u.email());
                ps.setBoolean(8, true);
                ps.setObject(9, utc(now));
            });
            batch("""
                    INSERT INTO security (code, name, board, security_type, industry, index_member, status,
                                          conversion_rate, financing_eligible, short_eligible)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", securities, (ps, s) -> {
                ps.setString(1, s.code());
                ps.setString(2, s.name());
                ps.setString(3, s.board());
                ps.setString(4, s.securityType());
                ps.setString(5, s.industry());
                ps.setBoolean(6, s.indexMember());
                ps.setString(7, s.status());
                ps.setBigDecimal(8, s.conversionRate());
                ps.setBoolean(9, s.financingEligible());
                ps.setBoolean(10, s.shortEligible());
            });
            batch("INSERT INTO security_price (code, price, price_date, updated_at) VALUES (?, ?, ?, ?)",
                    securities, (ps, s) -> {
                        ps.setString(1, s.code());
                        ps.setBigDecimal(2, s.price());
                        ps.setObject(3, priceDate);
                        ps.setObject(4, utc(now));
                    });
        });
    }

    /** The demo advisors with their generated ids, in advisor-number order (advisor1 first). */
    List<Advisor> advisors() {
        List<Advisor> advisors = new ArrayList<>();
        for (int n = 1; n <= Organisation.advisorCount(); n++) {
            advisors.add(jdbc.queryForObject("SELECT id, branch_id FROM app_user WHERE username = ?",
                    (rs, i) -> new Advisor(rs.getLong(1), rs.getLong(2)), "advisor" + n));
        }
        return advisors;
    }

    void writeChunk(ChunkRows rows) {
        tx.executeWithoutResult(status -> {
            batch("""
                    INSERT INTO client (id, name, gender, birth_date, id_number, phone, phone_tail, email, address,
                                        branch_id, advisor_id, risk_tolerance, investment_preference,
                                        investment_horizon, advisory_agreement, preferred_language, trading_since,
                                        opened_on, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.clients(), (ps, c) -> {
                ps.setLong(1, c.id());
                ps.setString(2, c.name());
                ps.setString(3, c.gender());
                ps.setObject(4, c.birthDate());
                ps.setString(5, c.idNumber());
                ps.setString(6, c.phone());
                ps.setString(7, c.phoneTail());
                ps.setObject(8, c.email(), Types.VARCHAR);
                ps.setString(9, c.address());
                ps.setLong(10, c.branchId());
                ps.setLong(11, c.advisorId());
                ps.setString(12, c.riskTolerance());
                ps.setString(13, c.investmentPreference());
                ps.setString(14, c.investmentHorizon());
                ps.setBoolean(15, c.advisoryAgreement());
                ps.setString(16, c.preferredLanguage());
                ps.setObject(17, c.tradingSince());
                ps.setObject(18, c.openedOn());
                ps.setString(19, c.status());
            });
            batch("""
                    INSERT INTO credit_account (id, client_id, cash, interest_and_fees, credit_limit,
                                                financing_margin_ratio, short_margin_ratio, contract_start,
                                                contract_expiry, special_warning_line, special_margin_call_line,
                                                special_liquidation_line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.accounts(), (ps, a) -> {
                ps.setLong(1, a.id());
                ps.setLong(2, a.clientId());
                ps.setBigDecimal(3, a.cash());
                ps.setBigDecimal(4, a.interestAndFees());
                ps.setBigDecimal(5, a.creditLimit());
                ps.setBigDecimal(6, a.financingMarginRatio());
                ps.setBigDecimal(7, a.shortMarginRatio());
                ps.setObject(8, a.contractStart());
                ps.setObject(9, a.contractExpiry());
                ps.setObject(10, a.specialWarningLine(), Types.DECIMAL);
                ps.setObject(11, a.specialMarginCallLine(), Types.DECIMAL);
                ps.setObject(12, a.specialLiquidationLine(), Types.DECIMAL);
            });
            batch("""
                    INSERT INTO holding (account_id, security_code, side, quantity, cost_price, financed_quantity,
                                          financed_amount, short_proceeds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows.positions(), (ps, p) -> {
                        ps.setLong(1, p.accountId());
                        ps.setString(2, p.securityCode());
                        ps.setString(3, p.side());
                        ps.setLong(4, p.quantity());
                        ps.setBigDecimal(5, p.costPrice());
                        ps.setLong(6, p.financedQuantity());
                        ps.setBigDecimal(7, p.financedAmount());
                        ps.setBigDecimal(8, p.shortProceeds());
                    });
            batch("""
                    INSERT INTO trade (account_id, security_code, traded_at, trade_type, quantity, price, amount)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", rows.trades(), (ps, t) -> {
                ps.setLong(1, t.accountId());
                ps.setString(2, t.securityCode());
                ps.setObject(3, utc(t.tradedAt()));
                ps.setString(4, t.tradeType());
                ps.setLong(5, t.quantity());
                ps.setBigDecimal(6, t.price());
                ps.setBigDecimal(7, t.amount());
            });
            batch("""
                    INSERT INTO contact_record (client_id, advisor_id, contacted_at, channel, direction, reached,
                                                subject, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows.contacts(), (ps, c) -> {
                        ps.setLong(1, c.clientId());
                        ps.setLong(2, c.advisorId());
                        ps.setObject(3, utc(c.contactedAt()));
                        ps.setString(4, c.channel());
                        ps.setString(5, c.direction());
                        ps.setBoolean(6, c.reached());
                        ps.setString(7, c.subject());
                        ps.setString(8, c.note());
                    });
        });
    }

    private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, BATCH_SIZE, setter);
        }
    }

}
