package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediansTest {

    @Test
    void middleValueOrMeanOfTheTwoMiddleOnes() {
        assertThat(Medians.of(new long[0])).isNull();
        assertThat(Medians.of(new long[] {7})).isEqualTo(7);
        assertThat(Medians.of(new long[] {90, 10, 30})).isEqualTo(30);
        assertThat(Medians.of(new long[] {90, 10, 30, 20})).isEqualTo(25);
        assertThat(Medians.of(new long[] {-3, -1})).isEqualTo(-2);
    }

    @Test
    void theInputIsLeftAsItWas() {
        long[] values = {3, 1, 2};
        Medians.of(values);
        assertThat(values).containsExactly(3, 1, 2);
    }
}
