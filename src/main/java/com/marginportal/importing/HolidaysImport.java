package com.marginportal.importing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Exchange holidays (weekday closures). A file replaces every year it contains, completely: the year
 * then counts as loaded, with exactly the file's holidays. Weekends are never trading days and are not listed.
 */
final class HolidaysImport implements KindImport<HolidaysImport.Row> {

    record Row(LocalDate date, String name) {
    }

    private static final Column DATE = Column.required("date", "日期", "休市日期");
    private static final Column NAME = Column.required("name", "名称", "节假日");

    @Override
    public ImportKind kind() {
        return ImportKind.HOLIDAYS;
    }

    @Override
    public List<Column> columns() {
        return List.of(DATE, NAME);
    }

    @Override
    public Row parse(Cells c) {
        Row row = new Row(c.date(DATE), c.text(NAME, 60));
        return c.ok() ? row : null;
    }

    @Override
    public Session<Row> session(References references, Header header) {
        Map<LocalDate, Integer> seen = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        return new Session<>() {
            @Override
            public void check(Row row, int rowNumber, ErrorCollector errors) {
                DayOfWeek day = row.date().getDayOfWeek();
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    errors.add(rowNumber, DATE.name(), row.date().toString(),
                            "is a weekend day: list weekday closures only (weekends are never trading days)");
                }
                Integer first = seen.putIfAbsent(row.date(), rowNumber);
                if (first != null) {
                    errors.add(rowNumber, DATE.name(), row.date().toString(), "appears twice in the file (also row " + first + ")");
                }
                years.add(row.date().getYear());
            }

            @Override
            public void beforeWrite(Writes writes) {
                java.time.LocalDateTime nowUtc = com.marginportal.UtcColumns.utc(writes.now());
                for (int year : years) {
                    writes.jdbc().update("DELETE FROM trading_holiday WHERE holiday_date BETWEEN ? AND ?",
                            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                    int updated = writes.jdbc().update("""
                            UPDATE trading_calendar_year SET loaded_at = ?, loaded_by = 'import', source = 'import'
                             WHERE calendar_year = ?""", nowUtc, year);
                    if (updated == 0) {
                        writes.jdbc().update("""
                                INSERT INTO trading_calendar_year (calendar_year, loaded_at, loaded_by, source)
                                VALUES (?, ?, 'import', 'import')""", year, nowUtc);
                    }
                }
            }

            @Override
            public void write(List<Row> rows, Writes writes) {
                writes.jdbc().batchUpdate("INSERT INTO trading_holiday (holiday_date, name, source) VALUES (?, ?, 'import')",
                        rows, rows.size(), (ps, r) -> {
                            ps.setObject(1, r.date());
                            ps.setString(2, r.name());
                        });
            }
        };
    }
}
