package com.marginportal.notification;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Requests for tests on the default lines (140 / 130 / 110, target 140). The figures add up the valuation's
 * way: cash 34,567.89 + securities = total assets; financing 950,000.00 + short 18,014.00 + interest and fees
 * 3,000.00 = debt 971,014.00. With securities of 1,200,000.00 the ratio is 127.14%, below the margin-call line
 * (and so below the warning line, which is what a warning notice of these figures states); a liquidation notice
 * gets securities of 1,000,000.00, 106.55%.
 */
final class NoticeRequests {

    static final Instant VALUED_AT = Instant.parse("2026-11-25T07:00:00Z"); // 15:00 in Shanghai
    static final ZonedDateTime DEADLINE = ZonedDateTime.of(2026, 11, 27, 15, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    /** The deadline an extension moves: the margin call's, a trading day before. */
    static final ZonedDateTime HELD = DEADLINE.minusDays(1);
    static final NoticeFigures FIGURES = figures("1200000.00");
    static final NoticeLines LINES = new NoticeLines(new BigDecimal("1.40"), new BigDecimal("1.30"),
            new BigDecimal("1.10"), new BigDecimal("1.40"), null);

    private NoticeRequests() {
    }

    /** The account with these securities, its ratios computed as client.domain.MarginCalculator does. */
    static NoticeFigures figures(String securities) {
        return figures(new BigDecimal("34567.89"), new BigDecimal(securities), new BigDecimal("950000.00"),
                new BigDecimal("18014.00"), new BigDecimal("3000.00"));
    }

    static NoticeFigures figures(BigDecimal cash, BigDecimal securities, BigDecimal financing, BigDecimal shortLiability,
                                 BigDecimal fees) {
        BigDecimal assets = cash.add(securities);
        BigDecimal debt = financing.add(shortLiability).add(fees);
        return new NoticeFigures(VALUED_AT, ratio(assets, debt), assets, securities, cash, debt, financing,
                shortLiability, fees, ratio(financing, assets));
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null
                : numerator.divide(denominator, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }

    static RiskNoticeRequest of(NoticeType type, String language, String email, String dedupKey) {
        return of(type, 42, 10000001L, language, email, dedupKey);
    }

    static RiskNoticeRequest of(NoticeType type, long caseId, long clientId, String language, String email,
                                String dedupKey) {
        return of(type, caseId, clientId, 1, language, email, dedupKey);
    }

    static RiskNoticeRequest of(NoticeType type, long caseId, long clientId, long branchId, String language,
                                String email, String dedupKey) {
        NoticeFigures figures = switch (type) {
            case LIQUIDATION -> figures("1000000.00"); // 106.55%
            default -> FIGURES;
        };
        return new RiskNoticeRequest(type, caseId, clientId, branchId, email, "张三", language, "********1234", "李四",
                "021-68881234", figures, LINES, crossed(type, figures),
                type.demandsTopUp() ? new BigDecimal("125000.5") : null,
                type.demandsTopUp() ? DEADLINE : null, type == NoticeType.EXTENSION ? HELD : null,
                type == NoticeType.RESOLUTION ? "客户追加担保物，维持担保比例已恢复" : null, dedupKey);
    }

    /** The ratio line these figures cross for a notice of this type (none for a resolution). */
    static List<NoticeCrossedLine> crossed(NoticeType type, NoticeFigures figures) {
        return switch (type) {
            case WARNING -> List.of(new NoticeCrossedLine(NoticeCrossedLine.Kind.WARNING, figures.maintenanceRatio(),
                    LINES.warning()));
            case MARGIN_CALL, EXTENSION -> List.of(new NoticeCrossedLine(NoticeCrossedLine.Kind.MARGIN_CALL,
                    figures.maintenanceRatio(), LINES.marginCall()));
            case LIQUIDATION -> List.of(new NoticeCrossedLine(NoticeCrossedLine.Kind.LIQUIDATION,
                    figures.maintenanceRatio(), LINES.liquidation()));
            default -> List.of();
        };
    }

    /**
     * An extension granted below the liquidation line: 106.55%, the amount back to 140%; the client held no deadline
     * (a liquidation notice names none), so it sets one.
     */
    static RiskNoticeRequest extensionBelowLiquidation(String language) {
        NoticeFigures figures = figures("1000000.00");
        return new RiskNoticeRequest(NoticeType.EXTENSION, 42, 10000001L, 1, "a@example.com", "张三", language,
                "********1234", "李四", null, figures, LINES, List.of(new NoticeCrossedLine(
                        NoticeCrossedLine.Kind.LIQUIDATION, figures.maintenanceRatio(), LINES.liquidation())),
                new BigDecimal("340000.00"), DEADLINE, null, null, "case-42-EXTENSION-1");
    }

    static RiskNoticeRequest marginCall(String language) {
        return of(NoticeType.MARGIN_CALL, language, "zhang.san@example.com", null);
    }
}
