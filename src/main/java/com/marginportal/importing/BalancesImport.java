package com.marginportal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Account balances of existing credit accounts. Margin ratios and contract dates are optional: a blank
 * cell or an absent column keeps the stored value. The special-agreement lines are written when their
 * column is present (a blank cell clears the agreement) and kept when it is absent.
 */
final class BalancesImport implements KindImport<BalancesImport.Row> {

    record Row(long account, BigDecimal cash, BigDecimal interestAndFees, BigDecimal creditLimit,
               BigDecimal financingMarginRatio, BigDecimal shortMarginRatio, LocalDate contractStart,
               LocalDate contractExpiry, BigDecimal warningLine, BigDecimal marginCallLine,
               BigDecimal liquidationLine) {
    }

    private static final BigDecimal MAX_RATIO = BigDecimal.TEN;
    private static final Column ACCOUNT = PositionsImport.ACCOUNT;
    private static final Column CASH = Column.required("cash", "现金", "资金余额");
    private static final Column INTEREST = Column.required("interest_and_fees", "利息费用", "应付利息及费用");
    private static final Column CREDIT_LIMIT = Column.required("credit_limit", "授信额度");
    private static final Column FINANCING_RATIO = Column.optional("financing_margin_ratio", "融资保证金比例");
    private static final Column SHORT_RATIO = Column.optional("short_margin_ratio", "融券保证金比例");
    private static final Column START = Column.optional("contract_start", "合约开始日期");
    private static final Column EXPIRY = Column.optional("contract_expiry", "合约到期日期");
    private static final Column WARNING = Column.optional("special_warning_line", "特殊警戒线");
    private static final Column MARGIN_CALL = Column.optional("special_margin_call_line", "特殊追保线");
    private static final Column LIQUIDATION = Column.optional("special_liquidation_line", "特殊平仓线");

    @Override
    public ImportKind kind() {
        return ImportKind.BALANCES;
    }

    @Override
    public List<Column> columns() {
        return List.of(ACCOUNT, CASH, INTEREST, CREDIT_LIMIT, FINANCING_RATIO, SHORT_RATIO, START, EXPIRY, WARNING,
                MARGIN_CALL, LIQUIDATION);
    }

    @Override
    public Row parse(Cells c) {
        BigDecimal max = PositionsImport.MAX_MONEY;
        Row row = new Row(orZero(c.whole(ACCOUNT, 1)), c.decimal(CASH, 2, BigDecimal.ZERO, false, max),
                c.decimal(INTEREST, 2, BigDecimal.ZERO, false, max), c.decimal(CREDIT_LIMIT, 2, BigDecimal.ZERO, false, max),
                c.ratio(FINANCING_RATIO, BigDecimal.ZERO, true, MAX_RATIO), c.ratio(SHORT_RATIO, BigDecimal.ZERO, true, MAX_RATIO),
                c.date(START), c.date(EXPIRY), c.ratio(WARNING, BigDecimal.ONE, false, MAX_RATIO),
                c.ratio(MARGIN_CALL, BigDecimal.ONE, false, MAX_RATIO), c.ratio(LIQUIDATION, BigDecimal.ONE, false, MAX_RATIO));
        if (!c.ok()) {
            return null;
        }
        if (row.contractStart() != null && row.contractExpiry() != null
                && !row.contractExpiry().isAfter(row.contractStart())) {
            c.fail(EXPIRY, row.contractExpiry().toString(), "must be after contract_start " + row.contractStart());
        } else if (descending(row.warningLine(), row.marginCallLine()) || descending(row.marginCallLine(), row.liquidationLine())
                || descending(row.warningLine(), row.liquidationLine())) {
            c.fail(null, null, "special lines must fall from warning to margin call to liquidation");
        }
        return c.ok() ? row : null;
    }

    private static boolean descending(BigDecimal higher, BigDecimal lower) {
        return higher != null && lower != null && higher.compareTo(lower) <= 0;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    @Override
    public Session<Row> session(References references, Header header) {
        LongKeys seen = new LongKeys();
        AccountsInFile accounts = new AccountsInFile(references.accounts());
        List<Column> lines = List.of(WARNING, MARGIN_CALL, LIQUIDATION).stream().filter(header::has).toList();
        StringBuilder sql = new StringBuilder("""
                UPDATE credit_account SET cash = ?, interest_and_fees = ?, credit_limit = ?,
                       financing_margin_ratio = COALESCE(?, financing_margin_ratio),
                       short_margin_ratio = COALESCE(?, short_margin_ratio),
                       contract_start = COALESCE(?, contract_start), contract_expiry = COALESCE(?, contract_expiry)""");
        lines.forEach(c -> sql.append(", ").append(c.name()).append(" = ?"));
        sql.append(" WHERE id = ?");
        return new Session<>() {
            @Override
            public void check(Row row, int rowNumber, ErrorCollector errors) {
                if (accounts.add(row.account()) < 0) {
                    errors.add(rowNumber, ACCOUNT.name(), String.valueOf(row.account()), "is not a known credit account");
                    return;
                }
                int first = seen.firstRow(row.account(), rowNumber);
                if (first > 0) {
                    errors.add(rowNumber, ACCOUNT.name(), String.valueOf(row.account()),
                            "appears twice in the file (also row " + first + ")");
                }
            }

            @Override
            public void write(List<Row> rows, Writes writes) {
                writes.batch(sql.toString(), rows, (ps, r) -> {
                    ps.setBigDecimal(1, r.cash());
                    ps.setBigDecimal(2, r.interestAndFees());
                    ps.setBigDecimal(3, r.creditLimit());
                    Params.decimal(ps, 4, r.financingMarginRatio());
                    Params.decimal(ps, 5, r.shortMarginRatio());
                    Params.date(ps, 6, r.contractStart());
                    Params.date(ps, 7, r.contractExpiry());
                    int i = 8;
                    for (BigDecimal line : lineValues(r, lines)) {
                        Params.decimal(ps, i++, line);
                    }
                    ps.setLong(i, r.account());
                });
            }

            @Override
            public AffectedClients affected(Writes writes) {
                return accounts.clients();
            }
        };
    }

    private static List<BigDecimal> lineValues(Row r, List<Column> present) {
        List<BigDecimal> values = new ArrayList<>();
        for (Column c : present) {
            values.add(c == WARNING ? r.warningLine() : c == MARGIN_CALL ? r.marginCallLine() : r.liquidationLine());
        }
        return values;
    }
}
