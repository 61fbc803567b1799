package com.marginportal.client.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    @Test
    void theAxisRoundsUpToRoundTicks() {
        assertThat(SvgChart.niceCeiling(0.7)).isEqualTo(1);
        assertThat(SvgChart.niceCeiling(2.1)).isEqualTo(2.5);
        assertThat(SvgChart.niceCeiling(37)).isEqualTo(50);
        assertThat(SvgChart.niceCeiling(100)).isEqualTo(100);
        assertThat(SvgChart.niceCeiling(0)).isEqualTo(1);
    }

    @Test
    void barsCarryTheirLabelsAndTooltipsEscaped() {
        String svg = new SvgChart(12, true, v -> String.valueOf((int) v))
                .bars(List.of("沪市主板", "<x>"), List.of(3.0, 12.0), List.of("沪市主板：3 笔", "a & b"))
                .reference(10, "短线阈值 10")
                .build();
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<rect", -1)).hasSize(3);
        assertThat(svg).contains(">沪市主板<", "&lt;x&gt;", "a &amp; b", "短线阈值 10", ">12<");
    }

    @Test
    void chineseLabelsCountAsWideText() {
        assertThat(SvgChart.textWidth("创业板")).isEqualTo(30);
        assertThat(SvgChart.textWidth("STAR")).isEqualTo(22.4, org.assertj.core.data.Offset.offset(0.01));
    }
}
