package com.marginportal.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import com.marginportal.client.bulk.HoldingRow;

/**
 * Positions as a snapshot per account: every account in the file ends up with exactly the file's rows
 * for it (its other holdings are deleted); accounts not in the file are untouched. Written through the client
 * module's {@code AccountWrites} as a delete of the file's accounts followed by batched inserts, inside the
 * import's one transaction.
 */
final class PositionsImport implements KindImport<HoldingRow> {

    static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999999.99");
    static final Column ACCOUNT = Column.required("account", "信用账户", "资金账号", "账户");
    private static final Column CODE = SecuritiesImport.CODE_COLUMN;
    private static final Column SIDE = Column.required("side", "方向", "持仓方向");
    private static final Column QUANTITY = Column.required("quantity", "数量", "持仓数量");
    private static final Column COST = Column.required("cost_price", "成本价");
    private static final Column FINANCED_QUANTITY = Column.optional("financed_quantity", "融资数量");
    private static final Column FINANCED_AMOUNT = Column.optional("financed_amount", "融资金额", "融资负债");
    private static final Column SHORT_PROCEEDS = Column.optional("short_proceeds", "融券卖出所得", "卖券所得");
    private static final int DELETE_CHUNK = 1000;

    @Override
    public ImportKind kind() {
        return ImportKind.POSITIONS;
    }

    @Override
    public List<Column> columns() {
        return List.of(ACCOUNT, CODE, SIDE, QUANTITY, COST, FINANCED_QUANTITY, FINANCED_AMOUNT, SHORT_PROCEEDS);
    }

    @Override
    public HoldingRow parse(Cells c) {
        Long account = c.whole(ACCOUNT, 1);
        String code = c.code(CODE, 12);
        String side = c.oneOf(SIDE, List.of("LONG", "SHORT"), Map.of("多头", "LONG", "空头", "SHORT", "融券", "SHORT"));
        Long quantity = c.whole(QUANTITY, 1);
        BigDecimal cost = c.decimal(COST, 3, BigDecimal.ZERO, false, PricesImport.MAX_PRICE);
        Long financedQuantity = c.whole(FINANCED_QUANTITY, 0);
        BigDecimal financedAmount = c.decimal(FINANCED_AMOUNT, 2, BigDecimal.ZERO, false, MAX_MONEY);
        BigDecimal shortProceeds = c.decimal(SHORT_PROCEEDS, 2, BigDecimal.ZERO, false, MAX_MONEY);
        if (!c.ok()) {
            return null;
        }
        HoldingRow row = new HoldingRow(account, code, side, quantity, cost, financedQuantity == null ? 0 : financedQuantity,
                orZero(financedAmount), orZero(shortProceeds));
        if ("LONG".equals(side) && row.shortProceeds().signum() > 0) {
            c.fail(SHORT_PROCEEDS, row.shortProceeds().toPlainString(), "must be 0 on a LONG position");
        } else if ("SHORT".equals(side) && (row.financedQuantity() > 0 || row.financedAmount().signum() > 0)) {
            c.fail(row.financedQuantity() > 0 ? FINANCED_QUANTITY : FINANCED_AMOUNT, null,
                    "must be 0 on a SHORT position (financing applies to LONG positions)");
        } else if (row.financedQuantity() > row.quantity()) {
            c.fail(FINANCED_QUANTITY, String.valueOf(row.financedQuantity()),
                    "is more than the quantity " + row.quantity());
        }
        return c.ok() ? row : null;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    @Override
    public Session<HoldingRow> session(References references, Header header) {
        return new Snapshot(references);
    }

    private static final class Snapshot implements Session<HoldingRow> {

        private final References references;
        private final LongKeys seen = new LongKeys();
        private final AccountsInFile accountsInFile;

        Snapshot(References references) {
            this.references = references;
            this.accountsInFile = new AccountsInFile(references.accounts());
        }

        @Override
        public void check(HoldingRow row, int rowNumber, ErrorCollector errors) {
            int account = references.accounts().indexOf(row.account());
            Integer code = references.securities().get(row.code());
            if (account < 0) {
                errors.add(rowNumber, ACCOUNT.name(), String.valueOf(row.account()), "is not a known credit account");
            }
            if (code == null) {
                errors.add(rowNumber, CODE.name(), row.code(), "is not in the securities master");
            }
            if (account < 0 || code == null) {
                return;
            }
            accountsInFile.add(row.account());
            long key = ((long) account * references.securities().size() + code) * 2 + ("LONG".equals(row.side()) ? 0 : 1);
            int first = seen.firstRow(key, rowNumber);
            if (first > 0) {
                errors.add(rowNumber, null, row.account() + " " + row.code() + " " + row.side(),
                        "account, code and side appear twice in the file (also row " + first + ")");
            }
        }

        @Override
        public void beforeWrite(Writes writes) {
            List<Long> ids = new ArrayList<>(DELETE_CHUNK);
            BitSet accounts = accountsInFile.positions();
            for (int i = accounts.nextSetBit(0); i >= 0; i = accounts.nextSetBit(i + 1)) {
                ids.add(references.accounts().idAt(i));
                if (ids.size() == DELETE_CHUNK) {
                    writes.accounts().deleteHoldings(ids);
                    ids.clear();
                }
            }
            writes.accounts().deleteHoldings(ids);
        }

        @Override
        public AffectedClients affected(Writes writes) {
            return accountsInFile.clients();
        }

        @Override
        public void write(List<HoldingRow> rows, Writes writes) {
            writes.accounts().insertHoldings(rows);
        }
    }
}
