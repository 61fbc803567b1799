package com.marginportal.client.bulk;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.marginportal.UtcColumns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes of the securities master and the latest prices, inside the caller's transaction (an import is
 * all-or-nothing).
 * JdbcClient, not JPA: one JDBC batch per kind of statement, because imports write many rows at once.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class SecurityWrites {

    private final JdbcTemplate jdbc;

    public SecurityWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Updates securities of the master (by code). */
    public void updateSecurities(List<SecurityRow> rows) {
        Params.batch(jdbc, """
                UPDATE security SET name = ?, board = ?, security_type = ?, industry = ?, index_member = ?,
                       status = ?, conversion_rate = ?, financing_eligible = ?, short_eligible = ?
                 WHERE code = ?""", rows, SecurityWrites::security);
    }

    /** Adds securities to the master. */
    public void insertSecurities(List<SecurityRow> rows) {
        Params.batch(jdbc, """
                INSERT INTO security (name, board, security_type, industry, index_member, status,
                                      conversion_rate, financing_eligible, short_eligible, code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, SecurityWrites::security);
    }

    /** Makes these the latest prices of their securities (one row per code; the last write wins). */
    public void upsertPrices(List<PriceRow> rows, Instant updatedAt) {
        LocalDateTime at = UtcColumns.utc(updatedAt);
        Set<String> existing = existingPrices(rows.stream().map(PriceRow::code).toList());
        Params.batch(jdbc, "UPDATE security_price SET price = ?, price_date = ?, updated_at = ? WHERE code = ?",
                rows.stream().filter(r -> existing.contains(r.code())).toList(), (ps, r) -> price(ps, r, at));
        Params.batch(jdbc, "INSERT INTO security_price (price, price_date, updated_at, code) VALUES (?, ?, ?, ?)",
                rows.stream().filter(r -> !existing.contains(r.code())).toList(), (ps, r) -> price(ps, r, at));
    }

    private Set<String> existingPrices(List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT code FROM security_price WHERE code IN ("
                + Params.placeholders(codes.size()) + ")", String.class, codes.toArray()));
    }

    private static void price(PreparedStatement ps, PriceRow r, LocalDateTime at) throws SQLException {
        ps.setBigDecimal(1, r.price());
        ps.setObject(2, r.priceDate());
        ps.setObject(3, at);
        ps.setString(4, r.code());
    }

    private static void security(PreparedStatement ps, SecurityRow r) throws SQLException {
        ps.setString(1, r.name());
        ps.setString(2, r.board());
        ps.setString(3, r.type());
        ps.setString(4, r.industry());
        ps.setBoolean(5, r.indexMember());
        ps.setString(6, r.status());
        ps.setBigDecimal(7, r.conversionRate());
        ps.setBoolean(8, r.financingEligible());
        ps.setBoolean(9, r.shortEligible());
        ps.setString(10, r.code());
    }
}
