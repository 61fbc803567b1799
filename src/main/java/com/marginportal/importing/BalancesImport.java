package com.marginportal.importing;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.client.bulk.AccountWrites.SpecialLine;
import com.marginportal.client.bulk.BalanceRow;

/**
 * Account balances of existing credit accounts. Margin ratios and contract dates are optional: a blank
 * cell or an absent column keeps the stored value. The special-agreement lines are written when their
 * column is present (a blank cell clears the agreement) and kept when it is absent. Written through the
 * client module's {@code AccountWrites}.
 */
final class BalancesImport implements KindImport<BalanceRow> {

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
    private static final Map<Column, SpecialLine> LINES = Map.of(WARNING, SpecialLine.WARNING,
            MARGIN_CALL, SpecialLine.MARGIN_CALL, LIQUIDATION, SpecialLine.LIQUIDATION);

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
    public BalanceRow parse(Cells c) {
        BigDecimal max = PositionsImport.MAX_MONEY;
        BalanceRow row = new BalanceRow(orZero(c.whole(ACCOUNT, 1)), c.decimal(CASH, 2, BigDecimal.ZERO, false, max),
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
    public Session<BalanceRow> session(References references, Header header) {
        LongKeys seen = new LongKeys();
        AccountsInFile accounts = new AccountsInFile(references.accounts());
        Set<SpecialLine> lines = EnumSet.noneOf(SpecialLine.class);
        LINES.forEach((column, line) -> {
            if (header.has(column)) {
                lines.add(line);
            }
        });
        return new Session<>() {
            @Override
            public void check(BalanceRow row, int rowNumber, ErrorCollector errors) {
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
            public void write(List<BalanceRow> rows, Writes writes) {
                writes.accounts().updateBalances(rows, lines);
            }

            @Override
            public AffectedClients affected(Writes writes) {
                return accounts.clients();
            }
        };
    }
}
