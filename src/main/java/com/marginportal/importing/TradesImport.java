package com.marginportal.importing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.TimeConfiguration;

/**
 * Trades, upserted by the core system's trade id ({@code external_id}) so a re-import changes nothing.
 * Times in the file are Beijing time; the table stores UTC.
 */
final class TradesImport implements KindImport<TradesImport.Row> {

    record Row(String externalId, long account, String code, LocalDateTime tradedAtUtc, String type, long quantity,
               BigDecimal price, BigDecimal amount) {
    }

    private static final Column EXTERNAL_ID = Column.required("external_id", "成交编号", "成交号");
    private static final Column ACCOUNT = PositionsImport.ACCOUNT;
    private static final Column CODE = SecuritiesImport.CODE_COLUMN;
    private static final Column TIME = Column.required("traded_at", "成交时间");
    private static final Column TYPE = Column.required("trade_type", "交易类型", "业务类型");
    private static final Column QUANTITY = Column.required("quantity", "成交数量", "数量");
    private static final Column PRICE = Column.required("price", "成交价格", "价格");
    private static final Column AMOUNT = Column.required("amount", "成交金额", "金额");
    private static final List<String> TYPES = List.of("BUY", "SELL", "MARGIN_BUY", "SELL_TO_REPAY", "SHORT_SELL",
            "BUY_TO_COVER");
    private static final Map<String, String> TYPE_ALIASES = Map.of("买入", "BUY", "卖出", "SELL", "融资买入", "MARGIN_BUY",
            "卖券还款", "SELL_TO_REPAY", "融券卖出", "SHORT_SELL", "买券还券", "BUY_TO_COVER");

    @Override
    public ImportKind kind() {
        return ImportKind.TRADES;
    }

    @Override
    public List<Column> columns() {
        return List.of(EXTERNAL_ID, ACCOUNT, CODE, TIME, TYPE, QUANTITY, PRICE, AMOUNT);
    }

    @Override
    public Row parse(Cells c) {
        String id = c.text(EXTERNAL_ID, 40);
        Long account = c.whole(ACCOUNT, 1);
        String code = c.code(CODE, 12);
        LocalDateTime time = c.dateTime(TIME);
        String type = c.oneOf(TYPE, TYPES, TYPE_ALIASES);
        Long quantity = c.whole(QUANTITY, 1);
        BigDecimal price = c.decimal(PRICE, 3, BigDecimal.ZERO, true, PricesImport.MAX_PRICE);
        BigDecimal amount = c.decimal(AMOUNT, 2, BigDecimal.ZERO, false, PositionsImport.MAX_MONEY);
        if (!c.ok()) {
            return null;
        }
        LocalDateTime utc = time.atZone(TimeConfiguration.MARKET_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return new Row(id, account, code, utc, type, quantity, price, amount);
    }

    @Override
    public Session<Row> session(References references, Header header) {
        LongKeys seen = new LongKeys();
        AccountsInFile accounts = new AccountsInFile(references.accounts());
        java.util.Set<Long> previousAccounts = new java.util.HashSet<>();
        return new Session<>() {
            @Override
            public void check(Row row, int rowNumber, ErrorCollector errors) {
                if (accounts.add(row.account()) < 0) {
                    errors.add(rowNumber, ACCOUNT.name(), String.valueOf(row.account()), "is not a known credit account");
                }
                if (!references.securities().containsKey(row.code())) {
                    errors.add(rowNumber, CODE.name(), row.code(), "is not in the securities master");
                }
                int first = seen.firstRow(LongKeys.hash(row.externalId()), rowNumber);
                if (first > 0) {
                    errors.add(rowNumber, EXTERNAL_ID.name(), row.externalId(), "appears twice in the file (also row " + first + ")");
                }
            }

            @Override
            public void write(List<Row> rows, Writes writes) {
                Set<String> existing = new java.util.HashSet<>();
                List<String> ids = rows.stream().map(Row::externalId).toList();
                // a re-imported trade may move to another account: that account's facts change too
                writes.jdbc().query("SELECT external_id, account_id FROM trade WHERE external_id IN ("
                        + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")", rs -> {
                    existing.add(rs.getString(1));
                    previousAccounts.add(rs.getLong(2));
                }, ids.toArray());
                String columns = "account_id = ?, security_code = ?, traded_at = ?, trade_type = ?, quantity = ?, price = ?, amount = ?";
                writes.batch("UPDATE trade SET " + columns + " WHERE external_id = ?",
                        rows.stream().filter(r -> existing.contains(r.externalId())).toList(), TradesImport::set);
                writes.batch("INSERT INTO trade (account_id, security_code, traded_at, trade_type, quantity, price, amount,"
                                + " external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        rows.stream().filter(r -> !existing.contains(r.externalId())).toList(), TradesImport::set);
            }

            @Override
            public AffectedClients affected(Writes writes) {
                previousAccounts.forEach(accounts::add);
                return accounts.clients();
            }
        };
    }

    private static void set(java.sql.PreparedStatement ps, Row r) throws java.sql.SQLException {
        ps.setLong(1, r.account());
        ps.setString(2, r.code());
        ps.setObject(3, r.tradedAtUtc());
        ps.setString(4, r.type());
        ps.setLong(5, r.quantity());
        ps.setBigDecimal(6, r.price());
        ps.setBigDecimal(7, r.amount());
        ps.setString(8, r.externalId());
    }
}
