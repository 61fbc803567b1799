package com.marginportal.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.marginportal.client.bulk.PriceRow;

/** Latest prices per security (one row per code); the last import wins. Written through the client module's {@code SecurityWrites}. */
final class PricesImport implements KindImport<PriceRow> {

    static final BigDecimal MAX_PRICE = new BigDecimal("999999999.999");
    private static final Column CODE = SecuritiesImport.CODE_COLUMN;
    private static final Column PRICE = Column.required("price", "价格", "最新价", "收盘价");
    private static final Column DATE = Column.required("price_date", "日期", "价格日期");

    @Override
    public ImportKind kind() {
        return ImportKind.PRICES;
    }

    @Override
    public List<Column> columns() {
        return List.of(CODE, PRICE, DATE);
    }

    @Override
    public PriceRow parse(Cells c) {
        PriceRow row = new PriceRow(c.code(CODE, 12),
                c.decimal(PRICE, 3, BigDecimal.ZERO, true, MAX_PRICE), c.date(DATE));
        return c.ok() ? row : null;
    }

    @Override
    public Session<PriceRow> session(References references, Header header) {
        LongKeys seen = new LongKeys();
        Set<String> codes = new java.util.HashSet<>();
        return new Session<>() {
            @Override
            public void check(PriceRow row, int rowNumber, ErrorCollector errors) {
                Integer index = references.securities().get(row.code());
                if (index == null) {
                    errors.add(rowNumber, CODE.name(), row.code(), "is not in the securities master");
                    return;
                }
                codes.add(row.code());
                int first = seen.firstRow(index, rowNumber);
                if (first > 0) {
                    errors.add(rowNumber, CODE.name(), row.code(), "appears twice in the file (also row " + first + ")");
                }
            }

            @Override
            public void write(List<PriceRow> rows, Writes writes) {
                writes.securities().upsertPrices(rows, writes.now());
            }

            @Override
            public AffectedClients affected(Writes writes) {
                return Holders.of(codes, writes.jdbc());
            }
        };
    }
}
