package com.marginportal.client;

import static com.marginportal.UtcColumns.instant;

import java.util.List;

import com.marginportal.client.domain.Holding;
import com.marginportal.client.domain.PositionSide;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read side of an account: positions with security data and latest prices, trades, contacts.
 * JdbcClient, not JPA: read-only joins of positions, securities and prices, trades and contacts for the view.
 */
@Repository
class AccountReader {

    private static final String HOLDINGS = """
            SELECT p.security_code, s.name, s.board, p.side, p.quantity, p.cost_price, pr.price,
                   s.conversion_rate, p.financed_quantity, p.financed_amount, p.short_proceeds
              FROM holding p
              JOIN security s ON s.code = p.security_code
              JOIN security_price pr ON pr.code = p.security_code
             WHERE p.account_id = :account
             ORDER BY p.side, p.quantity * pr.price DESC""";

    private final JdbcClient jdbc;

    AccountReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HoldingLine> holdings(long accountId) {
        return jdbc.sql(HOLDINGS).param("account", accountId).query((rs, i) -> {
            var price = rs.getBigDecimal("price");
            long qty = rs.getLong("quantity");
            return new HoldingLine(rs.getString("security_code"), rs.getString("name"), rs.getString("board"),
                    PositionSide.valueOf(rs.getString("side")), qty, rs.getBigDecimal("cost_price"), price,
                    price.multiply(java.math.BigDecimal.valueOf(qty)).setScale(2, java.math.RoundingMode.HALF_UP),
                    rs.getBigDecimal("conversion_rate"), rs.getLong("financed_quantity"),
                    rs.getBigDecimal("financed_amount"), rs.getBigDecimal("short_proceeds"));
        }).list();
    }

    static Holding toHolding(HoldingLine h) {
        return new Holding(h.securityCode(), h.side(), h.quantity(), h.price(), h.conversionRate(),
                h.financedQuantity(), h.financedAmount(), h.shortProceeds());
    }

    List<TradeLine> recentTrades(long accountId, int limit) {
        return jdbc.sql("""
                SELECT t.traded_at, t.security_code, s.name, t.trade_type, t.quantity, t.price, t.amount
                  FROM trade t LEFT JOIN security s ON s.code = t.security_code
                 WHERE t.account_id = :account
                 ORDER BY t.traded_at DESC, t.id DESC
                 LIMIT :limit""")
                .param("account", accountId).param("limit", limit).query((rs, i) -> new TradeLine(
                        instant(rs, "traded_at"), rs.getString("security_code"), rs.getString("name"),
                        rs.getString("trade_type"), rs.getLong("quantity"), rs.getBigDecimal("price"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    List<ContactLine> contacts(long clientId, int limit) {
        return jdbc.sql("""
                SELECT contacted_at, channel, direction, reached, subject, note, advisor_id
                  FROM contact_record WHERE client_id = :client
                 ORDER BY contacted_at DESC, id DESC
                 LIMIT :limit""")
                .param("client", clientId).param("limit", limit).query((rs, i) -> new ContactLine(
                        instant(rs, "contacted_at"), rs.getString("channel"),
                        rs.getString("direction"), rs.getBoolean("reached"), rs.getString("subject"),
                        rs.getString("note"), rs.getObject("advisor_id", Long.class)))
                .list();
    }

}
