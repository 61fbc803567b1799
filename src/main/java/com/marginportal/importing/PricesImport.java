package com.marginportal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Latest prices per security (one row per code); the last import wins. */
final class PricesImport implements KindImport<PricesImport.Row> {

    record Row(String code, BigDecimal price, LocalDate priceDate) {
    }

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
    public Row parse(Cells c) {
        Row row = new Row(c.code(CODE, 12),
                c.decimal(PRICE, 3, BigDecimal.ZERO, true, MAX_PRICE), c.date(DATE));
        return c.ok() ? row : null;
    }

    @Override
    public Session<Row> session(References references, Header header) {
        LongKeys seen = new LongKeys();
        Set<String> codes = new java.util.HashSet<>();
        return new Session<>() {
            @Override
            public void check(Row row, int rowNumber, ErrorCollector errors) {
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
            public void write(List<Row> rows, Writes writes) {
                Set<String> existing = writes.existing("security_price", "code",
                        rows.stream().map(Row::code).toList(), String.class);
                writes.batch("UPDATE security_price SET price = ?, price_date = ?, updated_at = ? WHERE code = ?",
                        rows.stream().filter(r -> existing.contains(r.code())).toList(), (ps, r) -> {
                            ps.setBigDecimal(1, r.price());
                            ps.setObject(2, r.priceDate());
                            ps.setObject(3, writes.nowUtc());
                            ps.setString(4, r.code());
                        });
                writes.batch("INSERT INTO security_price (price, price_date, updated_at, code) VALUES (?, ?, ?, ?)",
                        rows.stream().filter(r -> !existing.contains(r.code())).toList(), (ps, r) -> {
                            ps.setBigDecimal(1, r.price());
                            ps.setObject(2, r.priceDate());
                            ps.setObject(3, writes.nowUtc());
                            ps.setString(4, r.code());
                        });
            }

            @Override
            public AffectedClients affected(Writes writes) {
                return Holders.of(codes, writes.jdbc());
            }
        };
    }
}
