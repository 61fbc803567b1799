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

    /** A filter or a change of several fields reads in the reader's language, names, punctuation and codes alike. */
    @Test
    void fieldsReadInTheReadersLanguage() {
        AuditFilter filter = new AuditFilter("admin", "CLIENTS_EXPORTED", null, null, java.time.LocalDate.of(2026, 12, 1),
                null);
        AuditText text = AuditText.of("auditExported", 12, filter.auditFields());
        assertThat(text.english()).isEqualTo("12 entries; filter: Username: admin; Action: Clients exported; From: 2026-12-01");
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.SIMPLIFIED_CHINESE,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(AuditText.readable(text.args(), zh::getString))
                .containsExactly("12", "用户名：admin；操作：导出客户；起始日期：2026-12-01");
        AuditText changed = AuditText.of("recommendationSaved", AuditText.fields().change("recommendation.field.priority", 1, 2)
                .change("recommendation.field.active", AuditText.word("common.yes"), AuditText.word("common.no")));
        assertThat(AuditText.readable(changed.args(), zh::getString)).containsExactly("优先级：1 → 2；启用：是 → 否");
        assertThat(AuditText.readable(AuditText.of("auditExported", 0, AuditFilter.NONE.auditFields()).args(), zh::getString))
                .containsExactly("0", "无");
    }

    @Test
    void timesAreMarketTimeToTheMinute() {
        assertThat(AuditText.time(Instant.parse("2026-12-06T23:05:41Z"))).isEqualTo("2026-12-07 07:05");
        assertThat(AuditText.time(null)).isEqualTo("-");
    }
}
