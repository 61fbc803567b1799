package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A margin call's demand read back from its snapshot: digit for digit, and only where a demand was made. */
class NoticeDemandTest {

    private static NoticeRecord notice(NoticeType type, String subject, String snapshot) {
        return new NoticeRecord(1, NoticeChannel.EMAIL, type, NoticeStatus.SENT, 5L, 7, 1, "a@example.com", "张三", "zh-CN",
                subject, "text", "<p>html</p>", snapshot, null, Instant.EPOCH, "system", null, 1, null, null,
                Instant.EPOCH, null, null, null, null);
    }

    @Test
    void aMarginCallsTargetAmountAndDeadlineAsWritten() {
        NoticeDemand d = NoticeDemand.of(notice(NoticeType.MARGIN_CALL, "追保", """
                {"lines":{"warning":1.40,"topUpTarget":1.4000},"topUpAmount":12345678901234.57,
                 "topUpDeadline":"2026-11-27T15:00+08:00"}""")).orElseThrow();
        assertThat(d.topUpTarget()).isEqualByComparingTo("1.40");
        assertThat(d.topUpAmount()).as("no rounding through a double").isEqualTo(new BigDecimal("12345678901234.57"));
        assertThat(d.deadline()).isEqualTo(Instant.parse("2026-11-27T07:00:00Z"));
        assertThat(d.financingRatioLine()).as("only the maintenance ratio was crossed").isNull();
    }

    @Test
    void aMarginCallThatAlsoAskedForTheFinancingRatioSaysSo() {
        NoticeDemand d = NoticeDemand.of(notice(NoticeType.MARGIN_CALL, "追保", """
                {"lines":{"topUpTarget":1.5000,"financingRatio":0.6000},"topUpAmount":319462.87,
                 "crossedLines":[{"kind":"MARGIN_CALL","figure":1.2264,"threshold":1.3},
                                 {"kind":"FINANCING_RATIO","figure":0.8131,"threshold":0.6}],
                 "topUpDeadline":"2026-12-08T15:00+08:00"}""")).orElseThrow();
        assertThat(d.financingRatioLine()).isEqualByComparingTo("0.60");
        assertThat(d.topUpAmount()).isEqualTo(new BigDecimal("319462.87"));
    }

    @Test
    void anExtensionRestatesTheDemandWithItsNewDeadline() {
        NoticeDemand d = NoticeDemand.of(notice(NoticeType.EXTENSION, "展期", """
                {"lines":{"topUpTarget":1.5000},"topUpAmount":2000.00,"topUpDeadline":"2026-12-09T15:00+08:00"}"""))
                .orElseThrow();
        assertThat(d.deadline()).isEqualTo(Instant.parse("2026-12-09T07:00:00Z"));
        assertThat(d.topUpAmount()).isEqualByComparingTo("2000.00");
    }

    @Test
    void otherNoticesAndUnwrittenOnesMakeNoDemand() {
        String snapshot = "{\"topUpAmount\":1.00}";
        assertThat(NoticeDemand.of(notice(NoticeType.WARNING, "警戒", snapshot))).isEmpty();
        assertThat(NoticeDemand.of(notice(NoticeType.LIQUIDATION, "平仓", snapshot))).isEmpty();
        assertThat(NoticeDemand.of(notice(NoticeType.MARGIN_CALL, "", null))).as("could not be written").isEmpty();
    }
}
