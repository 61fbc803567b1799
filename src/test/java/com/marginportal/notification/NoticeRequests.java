package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Requests for tests: an account at 127.14% on the default lines (140 / 130 / 110, target 140). */
final class NoticeRequests {

    static final Instant VALUED_AT = Instant.parse("2026-11-25T07:00:00Z"); // 15:00 in Shanghai
    static final ZonedDateTime DEADLINE = ZonedDateTime.of(2026, 11, 27, 15, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    static final NoticeFigures FIGURES = new NoticeFigures(VALUED_AT, new BigDecimal("1.2714"),
            new BigDecimal("1234567.891"), new BigDecimal("1200000.00"), new BigDecimal("34567.89"),
            new BigDecimal("971014.00"), new BigDecimal("950000.00"), new BigDecimal("21014.00"));
    static final NoticeLines LINES = new NoticeLines(new BigDecimal("1.40"), new BigDecimal("1.30"),
            new BigDecimal("1.10"), new BigDecimal("1.40"));

    private NoticeRequests() {
    }

    static RiskNoticeRequest of(NoticeType type, String language, String email, String dedupKey) {
        return of(type, 42, 10000001L, language, email, dedupKey);
    }

    static RiskNoticeRequest of(NoticeType type, long caseId, long clientId, String language, String email,
                                String dedupKey) {
        return new RiskNoticeRequest(type, caseId, clientId, 1, email, "张三", language, "********1234", "李四",
                "021-68881234", FIGURES, LINES,
                type == NoticeType.MARGIN_CALL ? new BigDecimal("125000.5") : null,
                type == NoticeType.MARGIN_CALL ? DEADLINE : null,
                type == NoticeType.RESOLUTION ? "客户追加担保物，维持担保比例已恢复" : null, dedupKey);
    }

    static RiskNoticeRequest marginCall(String language) {
        return of(NoticeType.MARGIN_CALL, language, "zhang.san@example.com", null);
    }
}
