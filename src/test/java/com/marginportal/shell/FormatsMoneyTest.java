package com.marginportal.shell;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Money on screen carries its unit, as the risk notices write it: "1,234,567.89 元", "CNY 1,234,567.89". */
class FormatsMoneyTest {

    @Test
    void amountsCarryTheUnitOfTheReadersLanguage() {
        BigDecimal amount = new BigDecimal("1234567.885");
        assertThat(Formats.money(amount, Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,234,567.89 元");
        assertThat(Formats.money(amount, Locale.ENGLISH)).isEqualTo("CNY 1,234,567.89");
        assertThat(Formats.money(amount, null)).as("Chinese by default").isEqualTo("1,234,567.89 元");
        assertThat(Formats.money(null, Locale.ENGLISH)).isEmpty();
    }
}
