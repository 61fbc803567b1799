package com.marginportal.importing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.marginportal.TimeConfiguration;
import com.marginportal.client.bulk.TradeRow;

/**
 * Trades, upserted by the core system's trade id ({@code external_id}) so a re-import changes nothing, through
 * the client module's {@code AccountWrites}. Times in the file are Beijing time.
 */
final class TradesImport implements KindImport<TradeRow> {

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
    public TradeRow parse(Cells c) {
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
        return new TradeRow(id, account, code, time.atZone(TimeConfiguration.MARKET_ZONE).toInstant(), type, quantity,
                price, amount);
    }

    @Override
    public Session<TradeRow> session(References references, Header header) {
        LongKeys seen = new LongKeys();
        AccountsInFile accounts = new AccountsInFile(references.accounts());
        java.util.Set<Long> previousAccounts = new java.util.HashSet<>();
        return new Session<>() {
            @Override
            public void check(TradeRow row, int rowNumber, ErrorCollector errors) {
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
            public void write(List<TradeRow> rows, Writes writes) {
                // a re-imported trade may move to another account: that account's facts change too
                previousAccounts.addAll(writes.accounts().upsertTrades(rows));
            }

            @Override
            public AffectedClients affected(Writes writes) {
                previousAccounts.forEach(accounts::add);
                return accounts.clients();
            }
        };
    }
}
