package com.marginportal.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The shipped holiday lists, {@code calendar/cn-exchange-holidays.csv}: lines {@code date,name,source}
 * after a header, {@code #} comments; one source per year. A broken line fails the start: it is our file.
 */
final class HolidaySeed {

    static final String RESOURCE = "/calendar/cn-exchange-holidays.csv";

    private HolidaySeed() {
    }

    static Map<Integer, YearHolidays> shipped() {
        try (InputStream in = HolidaySeed.class.getResourceAsStream(RESOURCE)) {
            return read(Objects.requireNonNull(in, RESOURCE + " is missing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<Integer, YearHolidays> read(InputStream in) throws IOException {
        Map<Integer, List<Holiday>> holidays = new TreeMap<>();
        Map<Integer, String> sources = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                continue;
            }
            String[] cells = line.split(",", 3);
            if (cells.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected date,name,source");
            }
            try {
                Holiday holiday = new Holiday(LocalDate.parse(cells[0].strip()), cells[1]);
                int year = holiday.date().getYear();
                String previous = sources.putIfAbsent(year, cells[2].strip());
                if (previous != null && !previous.equals(cells[2].strip())) {
                    throw new IllegalArgumentException("a second source for " + year);
                }
                holidays.computeIfAbsent(year, y -> new ArrayList<>()).add(holiday);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        Map<Integer, YearHolidays> years = new TreeMap<>();
        holidays.forEach((year, list) -> years.put(year, new YearHolidays(year, list, sources.get(year))));
        return years;
    }
}
