package com.marginportal.client;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DisplayLinesTest {

    private final DisplayLines lines = new DisplayLines(new BigDecimal("1.40"), new BigDecimal("1.30"),
            new BigDecimal("1.10"));

    @Test
    void aBreachIsStrictlyBelowTheLine() {
        assertThat(lines.band(new BigDecimal("1.4000"))).isEqualTo(DisplayLines.Band.SAFE);
        assertThat(lines.band(new BigDecimal("1.3999"))).isEqualTo(DisplayLines.Band.WARNING);
        assertThat(lines.band(new BigDecimal("1.3000"))).isEqualTo(DisplayLines.Band.WARNING);
        assertThat(lines.band(new BigDecimal("1.2999"))).isEqualTo(DisplayLines.Band.MARGIN_CALL);
        assertThat(lines.band(new BigDecimal("1.0999"))).isEqualTo(DisplayLines.Band.LIQUIDATION);
    }

    @Test
    void noDebtHasItsOwnBand() {
        assertThat(lines.band(null)).isEqualTo(DisplayLines.Band.NO_DEBT);
    }

    @Test
    void linesMustBeOrdered() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DisplayLines(new BigDecimal("1.30"),
                new BigDecimal("1.40"), new BigDecimal("1.10")));
    }
}
