package com.marginportal.shell;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A set of lines reads short enough for a list cell, and no line is rounded to look like another. */
class FormatsLinesTest {

    @Test
    void wholeLinesDropTheirZeros() {
        assertThat(Formats.lines(new BigDecimal("1.5000"), new BigDecimal("1.3"), new BigDecimal("1.2000")))
                .isEqualTo("150% / 130% / 120%");
    }

    @Test
    void fractionalLinesKeepTheirDecimals() {
        assertThat(Formats.lines(new BigDecimal("1.355"), new BigDecimal("1.2825"), new BigDecimal("1.05")))
                .isEqualTo("135.5% / 128.25% / 105%");
    }

    @Test
    void aMissingLineIsShownAsMissing() {
        assertThat(Formats.lines(null, new BigDecimal("1.3"), new BigDecimal("1.2"))).isEqualTo("– / 130% / 120%");
    }
}
