package com.marginportal.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeMessagesTest {

    private final NoticeMessages messages = new NoticeMessages();

    @Test
    void everyKeyExistsInEveryLanguage() {
        assertThat(messages.ownKeys(NoticeLanguage.EN)).containsExactlyInAnyOrderElementsOf(
                messages.ownKeys(NoticeLanguage.ZH_CN));
    }

    @Test
    void languagesFallBackToChinese() {
        assertThat(NoticeLanguage.of((String) null)).isEqualTo(NoticeLanguage.ZH_CN);
        assertThat(NoticeLanguage.of("ja")).isEqualTo(NoticeLanguage.ZH_CN);
        assertThat(NoticeLanguage.of("EN_gb")).isEqualTo(NoticeLanguage.EN);
        assertThat(NoticeLanguage.of("english")).isEqualTo(NoticeLanguage.ZH_CN);
    }

    @Test
    void formatsMoneyRatiosAndTimes() {
        NoticeFormats zh = new NoticeFormats(messages, NoticeLanguage.ZH_CN);
        NoticeFormats en = new NoticeFormats(messages, NoticeLanguage.EN);

        assertThat(zh.money(new java.math.BigDecimal("1234567.005"))).isEqualTo("1,234,567.01 元");
        assertThat(en.money(new java.math.BigDecimal("-0.5"))).isEqualTo("CNY -0.50");
        assertThat(zh.ratio(new java.math.BigDecimal("1.27145"))).isEqualTo("127.15%");
        assertThat(en.ratio(null)).isEqualTo("no debt");
        assertThat(zh.dateTime(java.time.Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo("2027年1月1日 00:30（北京时间）");
    }
}
