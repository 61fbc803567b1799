package com.marginportal.shell.chart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AxisScaleTest {

    @Test
    void theAxisRoundsUpToRoundTicks() {
        assertThat(AxisScale.niceCeiling(0.7)).isEqualTo(1);
        assertThat(AxisScale.niceCeiling(2.1)).isEqualTo(2.5);
        assertThat(AxisScale.niceCeiling(37)).isEqualTo(50);
        assertThat(AxisScale.niceCeiling(100)).isEqualTo(100);
        assertThat(AxisScale.niceCeiling(0)).isEqualTo(1);
    }

    @Test
    void fourStepsCoverTheHighestValueAThresholdIncluded() {
        assertThat(AxisScale.covering(12, true)).isEqualTo(new AxisScale(12, 3));
        assertThat(AxisScale.covering(10, true)).isEqualTo(new AxisScale(12, 3));
        assertThat(AxisScale.covering(0, true)).isEqualTo(new AxisScale(4, 1));
        assertThat(AxisScale.covering(85, false)).isEqualTo(new AxisScale(100, 25));
        assertThat(AxisScale.covering(180, false)).isEqualTo(new AxisScale(200, 50));
    }
}
