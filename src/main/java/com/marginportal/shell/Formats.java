package com.marginportal.shell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.marginportal.TimeConfiguration;

/** Display formats shared by all views: money with grouping, ratios as percentages, Shanghai time. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TimeConfiguration.MARKET_ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    /** The figure alone, where the text around it names the unit (e.g. "总资产 {0} 元"). */
    public static String money(BigDecimal value) {
        return value == null ? "" : decimal("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** An amount in yuan with its unit: "1,234,567.89 元" in Chinese, "CNY 1,234,567.89" in English. */
    public static String money(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        return locale != null && "en".equals(locale.getLanguage()) ? "CNY " + money(value) : money(value) + " 元";
    }

    public static String price(BigDecimal value) {
        return value == null ? "" : decimal("#,##0.00#").format(value);
    }

    public static String quantity(long value) {
        return decimal("#,##0").format(value);
    }

    /** A fraction as a percentage with two decimals: 1.4 → "140.00%". */
    public static String percent(BigDecimal fraction) {
        return fraction == null ? "" : decimal("#,##0.00").format(fraction.movePointRight(2)) + "%";
    }

    /**
     * Warning, margin-call and liquidation lines as a list cell shows them: "150% / 130% / 120%" — no zeros a whole
     * line does not have, every decimal a line does have (lines are set to at most two decimals of a percent).
     */
    public static String lines(BigDecimal warning, BigDecimal marginCall, BigDecimal liquidation) {
        return String.join(" / ", line(warning), line(marginCall), line(liquidation));
    }

    private static String line(BigDecimal fraction) {
        return fraction == null ? "–" : decimal("#,##0.##").format(fraction.movePointRight(2)) + "%";
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
