package com.marginportal.client.bulk;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.marginportal.UtcColumns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes of credit accounts' balances, holdings and trades, inside the caller's transaction (an import is
 * all-or-nothing).
 * JdbcClient, not JPA: JDBC batches and IN-list statements, because imports write 100,000s of rows.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AccountWrites {

    /** A special-agreement line of a credit account. */
    public enum SpecialLine {
        WARNING("special_warning_line"), MARGIN_CALL("special_margin_call_line"),
        LIQUIDATION("special_liquidation_line");

        private final String column;

        SpecialLine(String column) {
            this.column = column;
        }
    }

    /** Ids per DELETE statement. */
    private static final int ID_CHUNK = 1000;

    private final JdbcTemplate jdbc;

    public AccountWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Updates existing accounts' balances. Margin ratios and contract dates null keep the stored value; the special
     * lines in {@code written} are written (null clears the agreement's line), the others kept.
     */
    public void updateBalances(List<BalanceRow> rows, Set<SpecialLine> written) {
        List<SpecialLine> lines = Arrays.stream(SpecialLine.values()).filter(written::contains).toList();
        StringBuilder sql = new StringBuilder("""
                UPDATE credit_account SET cash = ?, interest_and_fees = ?, credit_limit = ?,
                       financing_margin_ratio = COALESCE(?, financing_margin_ratio),
                       short_margin_ratio = COALESCE(?, short_margin_ratio),
                       contract_start = COALESCE(?, contract_start), contract_expiry = COALESCE(?, contract_expiry)""");
        lines.forEach(l -> sql.append(", ").append(l.column).append(" = ?"));
        sql.append(" WHERE id = ?");
        Params.batch(jdbc, sql.toString(), rows, (ps, r) -> {
            ps.setBigDecimal(1, r.cash());
            ps.setBigDecimal(2, r.interestAndFees());
            ps.setBigDecimal(3, r.creditLimit());
            Params.decimal(ps, 4, r.financingMarginRatio());
            Params.decimal(ps, 5, r.shortMarginRatio());
            Params.date(ps, 6, r.contractStart());
            Params.date(ps, 7, r.contractExpiry());
            int i = 8;
            for (SpecialLine line : lines) {
                Params.decimal(ps, i++, value(r, line));
            }
            ps.setLong(i, r.account());
        });
    }

    private static BigDecimal value(BalanceRow r, SpecialLine line) {
        return switch (line) {
            case WARNING -> r.warningLine();
            case MARGIN_CALL -> r.marginCallLine();
            case LIQUIDATION -> r.liquidationLine();
        };
    }

    /** Deletes every holding of the accounts (a snapshot replaces them). */
    public void deleteHoldings(List<Long> accountIds) {
        for (int from = 0; from < accountIds.size(); from += ID_CHUNK) {
            List<Long> chunk = accountIds.subList(from, Math.min(accountIds.size(), from + ID_CHUNK));
            jdbc.update("DELETE FROM holding WHERE account_id IN (" + Params.placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    public void insertHoldings(List<HoldingRow> rows) {
        Params.batch(jdbc, """
                INSERT INTO holding (account_id, security_code, side, quantity, cost_price, financed_quantity,
                                     financed_amount, short_proceeds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, (ps, r) -> {
                    ps.setLong(1, r.account());
                    ps.setString(2, r.code());
                    ps.setString(3, r.side());
                    ps.setLong(4, r.quantity());
                    ps.setBigDecimal(5, r.costPrice());
                    ps.setLong(6, r.financedQuantity());
                    ps.setBigDecimal(7, r.financedAmount());
                    ps.setBigDecimal(8, r.shortProceeds());
                });
    }

    /**
     * Inserts the trades, or updates those already stored (by external id) in place: a re-import changes nothing.
     *
     * @return the accounts the already stored ones were on before (a re-imported trade may move to another account)
     */
    public Set<Long> upsertTrades(List<TradeRow> rows) {
        Set<String> existing = new HashSet<>();
        Set<Long> previousAccounts = new HashSet<>();
        if (!rows.isEmpty()) {
            List<String> ids = rows.stream().map(TradeRow::externalId).toList();
            jdbc.query("SELECT external_id, account_id FROM trade WHERE external_id IN (" + Params.placeholders(ids.size()) + ")",
                    rs -> {
                        existing.add(rs.getString(1));
                        previousAccounts.add(rs.getLong(2));
                    }, ids.toArray());
        }
        String columns = "account_id = ?, security_code = ?, traded_at = ?, trade_type = ?, quantity = ?, price = ?, amount = ?";
        Params.batch(jdbc, "UPDATE trade SET " + columns + " WHERE external_id = ?",
                rows.stream().filter(r -> existing.contains(r.externalId())).toList(), AccountWrites::trade);
        Params.batch(jdbc, "INSERT INTO trade (account_id, security_code, traded_at, trade_type, quantity, price, amount,"
                        + " external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream().filter(r -> !existing.contains(r.externalId())).toList(), AccountWrites::trade);
        return previousAccounts;
    }

    private static void trade(PreparedStatement ps, TradeRow r) throws SQLException {
        ps.setLong(1, r.account());
        ps.setString(2, r.code());
        ps.setObject(3, UtcColumns.utc(r.tradedAt()));
        ps.setString(4, r.type());
        ps.setLong(5, r.quantity());
        ps.setBigDecimal(6, r.price());
        ps.setBigDecimal(7, r.amount());
        ps.setString(8, r.externalId());
    }
}
