package com.marginportal.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.marginportal.client.bulk.SecurityRow;

/**
 * The securities master with conversion rates. Rates are checked against the exchange caps (index
 * constituents 70%, other shares 65%, ETFs 90%, government bonds and money funds 95%, other funds and
 * bonds 80%, ST / suspended / delisting 0%); a broker may set lower rates, never higher. Written through the
 * client module's {@code SecurityWrites}.
 */
final class SecuritiesImport implements KindImport<SecurityRow> {

    static final Pattern CODE = Pattern.compile("\\d{6}\\.(SH|SZ|BJ)");
    static final Column CODE_COLUMN = Column.required("code", "证券代码", "代码");
    private static final Column NAME = Column.required("name", "证券名称", "名称");
    private static final Column BOARD = Column.required("board", "板块");
    private static final Column TYPE = Column.required("security_type", "type", "证券类型", "类型");
    private static final Column INDUSTRY = Column.optional("industry", "行业");
    private static final Column INDEX = Column.required("index_member", "指数成分股", "指数成分");
    private static final Column STATUS = Column.required("status", "状态");
    private static final Column RATE = Column.required("conversion_rate", "折算率");
    private static final Column FINANCING = Column.required("financing_eligible", "融资标的");
    private static final Column SHORT = Column.required("short_eligible", "融券标的");

    private static final List<String> BOARDS = List.of("MAIN_SH", "MAIN_SZ", "STAR", "CHINEXT", "BSE");
    private static final Map<String, String> BOARD_ALIASES = Map.of("沪市主板", "MAIN_SH", "深市主板", "MAIN_SZ",
            "科创板", "STAR", "创业板", "CHINEXT", "北交所", "BSE");
    private static final List<String> TYPES = List.of("STOCK", "ETF", "FUND", "MONEY_FUND", "BOND", "GOV_BOND");
    private static final Map<String, String> TYPE_ALIASES = Map.of("股票", "STOCK", "基金", "FUND",
            "货币基金", "MONEY_FUND", "债券", "BOND", "国债", "GOV_BOND");
    private static final List<String> STATUSES = List.of("NORMAL", "ST", "SUSPENDED", "DELISTING");
    private static final Map<String, String> STATUS_ALIASES = Map.of("正常", "NORMAL", "停牌", "SUSPENDED",
            "退市整理", "DELISTING", "*ST", "ST");

    @Override
    public ImportKind kind() {
        return ImportKind.SECURITIES;
    }

    @Override
    public List<Column> columns() {
        return List.of(CODE_COLUMN, NAME, BOARD, TYPE, INDUSTRY, INDEX, STATUS, RATE, FINANCING, SHORT);
    }

    @Override
    public SecurityRow parse(Cells c) {
        SecurityRow row = new SecurityRow(c.matching(CODE_COLUMN, CODE, "a security code like 600519.SH"), c.text(NAME, 50),
                c.oneOf(BOARD, BOARDS, BOARD_ALIASES), c.oneOf(TYPE, TYPES, TYPE_ALIASES), c.text(INDUSTRY, 30),
                Boolean.TRUE.equals(c.flag(INDEX)), c.oneOf(STATUS, STATUSES, STATUS_ALIASES),
                c.ratio(RATE, BigDecimal.ZERO, false, BigDecimal.ONE), Boolean.TRUE.equals(c.flag(FINANCING)),
                Boolean.TRUE.equals(c.flag(SHORT)));
        if (!c.ok()) {
            return null;
        }
        BigDecimal cap = cap(row);
        if (row.conversionRate().compareTo(cap) > 0) {
            c.fail(RATE, row.conversionRate().stripTrailingZeros().toPlainString(),
                    "exceeds the cap of " + cap.toPlainString() + " for " + capReason(row));
            return null;
        }
        return row;
    }

    static BigDecimal cap(SecurityRow r) {
        if (!"NORMAL".equals(r.status())) {
            return BigDecimal.ZERO;
        }
        return switch (r.type()) {
            case "STOCK" -> new BigDecimal(r.indexMember() ? "0.70" : "0.65");
            case "ETF" -> new BigDecimal("0.90");
            case "GOV_BOND", "MONEY_FUND" -> new BigDecimal("0.95");
            default -> new BigDecimal("0.80");
        };
    }

    private static String capReason(SecurityRow r) {
        if (!"NORMAL".equals(r.status())) {
            return "ST, suspended or delisting securities";
        }
        return switch (r.type()) {
            case "STOCK" -> r.indexMember() ? "index constituents" : "shares outside the indexes";
            case "ETF" -> "ETFs";
            case "GOV_BOND", "MONEY_FUND" -> "government bonds and money funds";
            default -> "funds and bonds";
        };
    }

    @Override
    public Session<SecurityRow> session(References references, Header header) {
        LongKeys seen = new LongKeys();
        java.util.Set<String> codes = new java.util.HashSet<>();
        return new Session<>() {
            @Override
            public void check(SecurityRow row, int rowNumber, ErrorCollector errors) {
                codes.add(row.code());
                int first = seen.firstRow(LongKeys.hash(row.code()), rowNumber);
                if (first > 0) {
                    errors.add(rowNumber, CODE_COLUMN.name(), row.code(), "appears twice in the file (also row " + first + ")");
                }
            }

            @Override
            public void write(List<SecurityRow> rows, Writes writes) {
                Map<String, Integer> known = references.securities();
                writes.securities().updateSecurities(rows.stream().filter(r -> known.containsKey(r.code())).toList());
                writes.securities().insertSecurities(rows.stream().filter(r -> !known.containsKey(r.code())).toList());
            }

            @Override
            public AffectedClients affected(Writes writes) {
                return Holders.of(codes, writes.jdbc());
            }
        };
    }
}
