package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything a risk notice says, supplied by the caller (the breach workflow). Personal data arrives
 * already masked: an account number showing more than four digits is rejected, and the client's ID number
 * and phone have no place here at all.
 *
 * @param branchId            the client's branch: managers see failed notices of their branch only
 * @param language            "zh-CN" (default, also for null or unsupported values) or "en"
 * @param maskedAccountNumber e.g. "********1234"
 * @param advisorPhone        the advisor's work phone; may be null
 * @param crossedLines        the lines the figures are across, most severe maintenance-ratio line first: what the
 *                            notice states as crossed. A risk notice needs at least one, a margin call one at or
 *                            below the margin-call line, a liquidation notice the liquidation line, an extension
 *                            any line (the account is still in breach when it is granted); a resolution
 *                            those its figures still cross (a decided case may end below a line), often none
 *                            (null is read as none)
 * @param topUpAmount         MARGIN_CALL and EXTENSION only (required there): cash that brings the maintenance ratio
 *                            to the top-up target and, where that line is crossed, the financing ratio to its line
 * @param topUpDeadline       MARGIN_CALL and EXTENSION only (required there; an extension's new deadline); shown in
 *                            Asia/Shanghai
 * @param heldDeadline        EXTENSION only: the deadline the client held in writing before it, which the notice
 *                            says it extends (earlier than the new one); null when the client held none — a
 *                            liquidation notice names no deadline — and the notice then sets one, never "extends"
 * @param outcome             RESOLUTION only (required there): the outcome in the client's language
 * @param dedupKey            optional, e.g. "case-42-MARGIN_CALL": a second enqueue with it returns the first notice
 */
public record RiskNoticeRequest(NoticeType type, long caseId, long clientId, long branchId,
                                String recipientEmail, String recipientName, String language,
                                String maskedAccountNumber, String advisorName, String advisorPhone,
                                NoticeFigures figures, NoticeLines lines, List<NoticeCrossedLine> crossedLines,
                                BigDecimal topUpAmount,
                                ZonedDateTime topUpDeadline, ZonedDateTime heldDeadline, String outcome,
                                String dedupKey) {

    private static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

    public RiskNoticeRequest {
        Objects.requireNonNull(type, "type");
        if (type == NoticeType.PERIODIC_REPORT) {
            throw new IllegalArgumentException("a periodic report is a PeriodicReportRequest");
        }
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(lines, "lines");
        crossedLines = crossedLines == null ? List.of() : List.copyOf(crossedLines);
        requireCrossed(type, crossedLines, lines, figures);
        recipientEmail = address(recipientEmail);
        recipientName = NoticeFields.header(recipientName, "recipientName", 100);
        language = NoticeLanguage.of(language).tag();
        maskedAccountNumber = masked(maskedAccountNumber);
        advisorName = text(advisorName, "advisorName", 100);
        advisorPhone = advisorPhone == null || advisorPhone.isBlank() ? null : text(advisorPhone, "advisorPhone", 30);
        if (type.demandsTopUp()) {
            Objects.requireNonNull(topUpAmount, () -> "a " + type + " notice needs topUpAmount");
            Objects.requireNonNull(topUpDeadline, () -> "a " + type + " notice needs topUpDeadline");
        }
        if (topUpAmount != null && topUpAmount.signum() < 0) {
            throw new IllegalArgumentException("topUpAmount must not be negative");
        }
        topUpDeadline = topUpDeadline == null ? null : topUpDeadline.withZoneSameInstant(MARKET_ZONE);
        if (heldDeadline != null && (type != NoticeType.EXTENSION || !heldDeadline.isBefore(topUpDeadline))) {
            throw new IllegalArgumentException("heldDeadline is an extension's, before its new deadline");
        }
        heldDeadline = heldDeadline == null ? null : heldDeadline.withZoneSameInstant(MARKET_ZONE);
        outcome = type == NoticeType.RESOLUTION ? text(outcome, "a resolution needs outcome", 500)
                : outcome == null || outcome.isBlank() ? null : text(outcome, "outcome", 500);
        dedupKey = dedupKey == null || dedupKey.isBlank() ? null : text(dedupKey, "dedupKey", 100);
    }

    /** An extension where the client held no deadline (a liquidation notice names none): it sets one. */
    public boolean setsDeadline() {
        return type == NoticeType.EXTENSION && heldDeadline == null;
    }

    /**
     * A notice names the lines that make it: no warning without a crossed line, no margin call without the
     * margin-call line; every line it names is the account's, and every figure the one quoted.
     */
    private static void requireCrossed(NoticeType type, List<NoticeCrossedLine> crossed, NoticeLines lines,
                                       NoticeFigures figures) {
        if (type != NoticeType.RESOLUTION) {
            requireTheLevelsLine(type, crossed);
        }
        for (NoticeCrossedLine c : crossed) {
            BigDecimal line = switch (c.kind()) {
                case WARNING -> lines.warning();
                case MARGIN_CALL -> lines.marginCall();
                case LIQUIDATION -> lines.liquidation();
                case FINANCING_RATIO -> lines.financingRatio();
            };
            if (line == null || line.compareTo(c.threshold()) != 0) {
                throw new IllegalArgumentException("crossed " + c.kind() + " line " + c.threshold().toPlainString()
                        + " is not the account's line " + (line == null ? "(none)" : line.toPlainString()));
            }
            BigDecimal figure = c.kind() == NoticeCrossedLine.Kind.FINANCING_RATIO ? figures.financingRatio()
                    : figures.maintenanceRatio();
            if (figure == null || figure.compareTo(c.figure()) != 0) {
                throw new IllegalArgumentException("crossed " + c.kind() + " figure " + c.figure().toPlainString()
                        + " is not the account's figure " + (figure == null ? "(none)" : figure.toPlainString()));
            }
        }
    }

    /** A risk notice needs a crossed line, a margin call the margin-call (or liquidation) line, a liquidation its own. */
    private static void requireTheLevelsLine(NoticeType type, List<NoticeCrossedLine> crossed) {
        if (crossed.isEmpty()) {
            throw new IllegalArgumentException("a " + type + " notice needs the line(s) the account crossed");
        }
        EnumSet<NoticeCrossedLine.Kind> required = switch (type) {
            case MARGIN_CALL -> EnumSet.of(NoticeCrossedLine.Kind.MARGIN_CALL, NoticeCrossedLine.Kind.LIQUIDATION);
            case LIQUIDATION -> EnumSet.of(NoticeCrossedLine.Kind.LIQUIDATION);
            default -> EnumSet.allOf(NoticeCrossedLine.Kind.class);
        };
        if (crossed.stream().noneMatch(c -> required.contains(c.kind()))) {
            throw new IllegalArgumentException("a " + type + " notice needs one of " + required + " crossed, not "
                    + crossed.stream().map(c -> c.kind().name()).toList());
        }
    }

    private static String text(String value, String name, int max) {
        return NoticeFields.text(value, name, max);
    }

    private static String address(String email) {
        return NoticeFields.address(email);
    }

    private static String masked(String account) {
        return NoticeFields.masked(account);
    }
}
