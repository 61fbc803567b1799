package com.marginportal.notification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money with grouping and 2 decimals, ratios as percentages with 2 decimals, times in Asia/Shanghai. */
final class NoticeFormats {

    static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

    private final NoticeMessages messages;
    private final NoticeLanguage language;
    private final DecimalFormat amount;
    private final DateTimeFormatter dateTime;

    NoticeFormats(NoticeMessages messages, NoticeLanguage language) {
        this.messages = messages;
        this.language = language;
        this.amount = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        this.amount.setRoundingMode(RoundingMode.HALF_UP);
        this.dateTime = DateTimeFormatter.ofPattern(messages.get(language, "format.dateTimePattern"), language.locale());
    }

    /** "12,345.67 元" / "CNY 12,345.67". */
    String money(BigDecimal value) {
        return value == null ? "" : messages.get(language, "format.money", amount.format(value));
    }

    /** 1.27144 → "127.14%"; no ratio (no debt) → "无负债" / "no debt". */
    String ratio(BigDecimal fraction) {
        if (fraction == null) {
            return messages.get(language, "format.noDebt");
        }
        return amount.format(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** "7 天" / "7 days"; whole hours below a day ("12 小时" / "12 hours"). */
    String validity(Duration duration) {
        return duration.toHours() % 24 == 0
                ? messages.get(language, "format.days", duration.toDays())
                : messages.get(language, "format.hours", Math.max(1, duration.toHours()));
    }

    /** "2026年11月27日 15:00（北京时间）" / "27 Nov 2026 15:00 (Beijing time)". */
    String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atZone(MARKET_ZONE)) + messages.get(language, "format.zone");
    }
}
