package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A monthly account report for a client who asked for one (passive clients' advisory service), sent through
 * the notification outbox once per client and month. Personal data arrives masked, as in risk notices.
 *
 * @param period           the month the report covers (its trades); figures are the latest, as of {@code valuedAt}
 * @param valuedAt         when the figures were valued; null when the account was never valued
 * @param maintenanceRatio a fraction (1.80 = 180%); null without debt
 * @param warningLine      the lines the client is held to now (fractions), shown beside the ratio; all three or none
 * @param tradesInPeriod   trades of the credit account in the period
 * @param recommendations  short texts in the client's language, most relevant first (may be empty)
 */
public record PeriodicReportRequest(long clientId, long branchId, String recipientEmail, String recipientName,
                                    String language, String maskedAccountNumber, String advisorName,
                                    String advisorPhone, YearMonth period, Instant valuedAt,
                                    BigDecimal maintenanceRatio, BigDecimal warningLine, BigDecimal marginCallLine,
                                    BigDecimal liquidationLine, BigDecimal totalAssets, BigDecimal totalDebt,
                                    BigDecimal cash, int tradesInPeriod, List<String> recommendations) {

    public PeriodicReportRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(totalAssets, "totalAssets");
        Objects.requireNonNull(totalDebt, "totalDebt");
        Objects.requireNonNull(cash, "cash");
        recipientEmail = NoticeFields.address(recipientEmail);
        recipientName = NoticeFields.header(recipientName, "recipientName", 100);
        language = NoticeLanguage.of(language).tag();
        maskedAccountNumber = NoticeFields.masked(maskedAccountNumber);
        advisorName = NoticeFields.text(advisorName, "advisorName", 100);
        advisorPhone = NoticeFields.optional(advisorPhone, "advisorPhone", 30);
        if ((warningLine == null) != (marginCallLine == null) || (warningLine == null) != (liquidationLine == null)) {
            throw new IllegalArgumentException("the three lines, or none");
        }
        if (tradesInPeriod < 0) {
            throw new IllegalArgumentException("tradesInPeriod must not be negative");
        }
        recommendations = recommendations == null ? List.of()
                : recommendations.stream().map(r -> NoticeFields.text(r, "recommendation", 300)).toList();
    }

    /** One report per client and month: "report-90000001-2026-11". */
    public String dedupKey() {
        return "report-" + clientId + "-" + period;
    }
}
