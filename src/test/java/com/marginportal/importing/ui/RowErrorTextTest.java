package com.marginportal.importing.ui;

import java.util.Locale;

import com.marginportal.shell.PortalI18nProvider;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowErrorTextTest {

    private final PortalI18nProvider i18n = new PortalI18nProvider();

    private String chinese(String reason) {
        return RowErrorText.of(reason, (key, args) -> i18n.getTranslation(key, Locale.SIMPLIFIED_CHINESE, args));
    }

    @Test
    void commonReasonsReadInChineseWithTheirFigures() {
        assertThat(chinese("is not a decimal number")).isEqualTo("不是有效的数字");
        assertThat(chinese("appears twice in the file (also row 17)")).isEqualTo("在文件中重复出现（另见第 17 行）");
        assertThat(chinese("account, code and side appear twice in the file (also row 3)")).isEqualTo("在文件中重复出现（另见第 3 行）");
        assertThat(chinese("must be at least 0.01")).isEqualTo("不能小于 0.01");
        assertThat(chinese("is not an advisor of branch SH01")).isEqualTo("不是营业部 SH01 的客户经理");
        assertThat(chinese("moves the client to branch BJ01: name an advisor of that branch"))
                .isEqualTo("客户转入营业部 BJ01：须指定该营业部的客户经理");
    }

    @Test
    void unknownReasonsStayAsTheyAre() {
        assertThat(chinese("something new went wrong")).isEqualTo("something new went wrong");
        assertThat(chinese(null)).isEmpty();
    }
}
