package com.marginportal.importing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.marginportal.calendar.Holiday;

/**
 * Exchange holidays (weekday closures). A file replaces every year it contains, completely: the year
 * then counts as loaded, with exactly the file's holidays. Weekends are never trading days and are not listed.
 * Written through the calendar's {@code HolidayWrites}.
 */
final class HolidaysImport implements KindImport<Holiday> {

    /** Who loaded the years and where their holidays came from. */
    private static final String SOURCE = "import";

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
    public Holiday parse(Cells c) {
        LocalDate date = c.date(DATE);
        String name = c.text(NAME, 60);
        return c.ok() ? new Holiday(date, name) : null;
    }

    @Override
    public Session<Holiday> session(References references, Header header) {
        Map<LocalDate, Integer> seen = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        return new Session<>() {
            @Override
            public void check(Holiday row, int rowNumber, ErrorCollector errors) {
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
                writes.holidays().clearYears(years, SOURCE, writes.now());
            }

            @Override
            public void write(List<Holiday> rows, Writes writes) {
                writes.holidays().insertHolidays(rows, SOURCE);
            }
        };
    }
}
