package com.marginportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditTextTest {

    @Test
    void wordsAreTranslatedAndTheRestStaysAsWritten() {
        AuditText text = AuditText.of("statusChanged", AuditText.word("requestStatus.OPEN"),
                AuditText.word("requestStatus.IN_PROGRESS"));
        assertThat(text.english()).isEqualTo("Open → In progress");
        Map<String, String> chinese = Map.of("requestStatus.OPEN", "待处理");
        assertThat(AuditText.readable(text.args(), chinese::get)).containsExactly("待处理", "IN_PROGRESS");
        assertThat(AuditText.readable(List.of("#note typed by a person"), key -> "x")).containsExactly("#note typed by a person");
    }

    @Test
    void aWordOrKeyTheBundleLacksFailsWhereItIsWritten() {
        assertThatThrownBy(() -> AuditText.of("statusChanged", AuditText.word("requestStatus.LOST"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestStatus.LOST");
        assertThatThrownBy(() -> AuditText.of("noSuchText")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("audit.text.noSuchText");
    }

    @Test
    void typedTextThatLooksLikeAWordStaysText() {
        AuditText text = AuditText.of("caseExtended", "-", "-", "#word:role.ADMIN");
        assertThat(text.english()).endsWith("#word:role.ADMIN)");
        Object[] shown = AuditText.readable(text.args(), key -> "管理员");
        assertThat((String) shown[2]).endsWith("#word:role.ADMIN");
    }

    @Test
    void timesAreMarketTimeToTheMinute() {
        assertThat(AuditText.time(Instant.parse("2026-12-06T23:05:41Z"))).isEqualTo("2026-12-07 07:05");
        assertThat(AuditText.time(null)).isEqualTo("-");
    }
}
