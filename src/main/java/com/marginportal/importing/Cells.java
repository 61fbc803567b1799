package com.marginportal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Typed, validated access to the cells of one row. A bad cell is recorded as a {@link RowError} naming
 * row, column, value and reason, and yields {@code null}; {@link #ok()} tells whether the row is clean.
 * A blank optional cell (or an absent optional column) yields {@code null} without error.
 */
final class Cells {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)");
    private static final List<DateTimeFormatter> DATES = List.of(strict("uuuu-MM-dd"), strict("uuuuMMdd"),
            strict("uuuu/M/d"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(strict("uuuu-MM-dd[' ']['T']HH:mm[:ss][.SSS]"),
            strict("uuuu/M/d H:mm[:ss]"));
    private static final Map<String, Boolean> FLAGS = Map.of("Y", true, "YES", true, "TRUE", true, "1", true,
            "是", true, "N", false, "NO", false, "FALSE", false, "0", false, "否", false);

    private final Header header;
    private final ErrorCollector errors;
    private SourceRow row;
    private boolean ok;

    Cells(Header header, ErrorCollector errors) {
        this.header = header;
        this.errors = errors;
    }

    Cells on(SourceRow row) {
        this.row = row;
        this.ok = true;
        return this;
    }

    int rowNumber() {
        return row.number();
    }

    boolean ok() {
        return ok;
    }

    boolean has(Column column) {
        return header.has(column);
    }

    void fail(Column column, String value, String reason) {
        ok = false;
        errors.add(row.number(), column == null ? null : column.name(), value, reason);
    }

    /** The trimmed text, or null when blank; blank in a required column is an error. */
    String raw(Column c) {
        String value = row.cell(header.index(c));
        if (value.isEmpty()) {
            if (c.required()) {
                fail(c, null, "a value is required");
            }
            return null;
        }
        return value;
    }

    String text(Column c, int maxLength) {
        String v = raw(c);
        if (v != null && v.length() > maxLength) {
            fail(c, v, "is longer than " + maxLength + " characters");
            return null;
        }
        return v;
    }

    /** Upper-cased text that must match {@code pattern}; {@code what} describes the expected form. */
    String matching(Column c, Pattern pattern, String what) {
        String v = raw(c);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (!pattern.matcher(upper).matches()) {
            fail(c, v, "is not " + what);
            return null;
        }
        return upper;
    }

    /** A reference to a stored code (e.g. a security), upper-cased; whether it exists is checked against the table. */
    String code(Column c, int maxLength) {
        String v = text(c, maxLength);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    /** One of {@code allowed} (case-insensitive) or an alias of one. */
    String oneOf(Column c, List<String> allowed, Map<String, String> aliases) {
        String v = raw(c);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (allowed.contains(upper)) {
            return upper;
        }
        if (aliases.containsKey(v)) {
            return aliases.get(v);
        }
        fail(c, v, "is not one of " + String.join(", ", allowed));
        return null;
    }

    /** A decimal with at most {@code scale} places within [min, max] (min exclusive when asked), set to that scale. */
    BigDecimal decimal(Column c, int scale, BigDecimal min, boolean minExclusive, BigDecimal max) {
        String v = raw(c);
        return v == null ? null : checkDecimal(c, v, v, scale, min, minExclusive, max);
    }

    /** A ratio as a fraction (1.4) or a percentage (140%), at most 4 decimal places as a fraction. */
    BigDecimal ratio(Column c, BigDecimal min, boolean minExclusive, BigDecimal max) {
        String v = raw(c);
        if (v == null) {
            return null;
        }
        boolean percent = v.endsWith("%");
        String number = percent ? v.substring(0, v.length() - 1).strip() : v;
        if (!DECIMAL.matcher(number).matches()) {
            fail(c, v, "is not a ratio (e.g. 1.4 or 140%)");
            return null;
        }
        String fraction = percent ? new BigDecimal(number.replace(",", "")).movePointLeft(2).toPlainString() : number;
        return checkDecimal(c, v, fraction, 4, min, minExclusive, max);
    }

    private BigDecimal checkDecimal(Column c, String shown, String v, int scale, BigDecimal min, boolean minExclusive,
                                    BigDecimal max) {
        if (!DECIMAL.matcher(v).matches()) {
            fail(c, shown, "is not a decimal number");
            return null;
        }
        BigDecimal value = new BigDecimal(v.replace(",", ""));
        if (value.stripTrailingZeros().scale() > scale) {
            fail(c, shown, "has more than " + scale + " decimal places");
        } else if (minExclusive ? value.compareTo(min) <= 0 : value.compareTo(min) < 0) {
            fail(c, shown, minExclusive ? "must be greater than " + min.toPlainString()
                    : "must be at least " + min.toPlainString());
        } else if (value.compareTo(max) > 0) {
            fail(c, shown, "must be at most " + max.toPlainString());
        } else {
            return value.setScale(scale);
        }
        return null;
    }

    /** A whole number (thousands separators allowed) of at least {@code min}. */
    Long whole(Column c, long min) {
        String v = raw(c);
        if (v == null) {
            return null;
        }
        if (!WHOLE.matcher(v).matches() || v.replaceAll("\\D", "").length() > 18) {
            fail(c, v, "is not a whole number");
            return null;
        }
        long value = Long.parseLong(v.replace(",", ""));
        if (value < min) {
            fail(c, v, "must be at least " + min);
            return null;
        }
        return value;
    }

    LocalDate date(Column c) {
        String v = raw(c);
        LocalDate value = v == null ? null : parse(v, DATES, LocalDate::parse);
        if (v != null && value == null) {
            fail(c, v, "is not a date (use yyyy-MM-dd)");
        }
        return value;
    }

    LocalDateTime dateTime(Column c) {
        String v = raw(c);
        LocalDateTime value = v == null ? null : parse(v, DATE_TIMES, LocalDateTime::parse);
        if (v != null && value == null) {
            fail(c, v, "is not a date and time (use yyyy-MM-dd HH:mm:ss)");
        }
        return value;
    }

    /** The value in the first form that fits, or null. */
    private static <T> T parse(String v, List<DateTimeFormatter> forms, BiFunction<String, DateTimeFormatter, T> parser) {
        for (DateTimeFormatter f : forms) {
            try {
                return parser.apply(v, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    Boolean flag(Column c) {
        String v = raw(c);
        if (v == null) {
            return null;
        }
        Boolean value = FLAGS.get(v.toUpperCase(Locale.ROOT));
        if (value == null) {
            fail(c, v, "is not a yes/no value (use Y or N)");
        }
        return value;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }
}
