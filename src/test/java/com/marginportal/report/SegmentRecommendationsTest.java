package com.marginportal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.marginportal.classification.domain.Dimension;

import org.junit.jupiter.api.Test;

/** One fixed text per segment, in both languages, needs first. */
class SegmentRecommendationsTest {

    @Test
    void everySegmentHasATextInBothLanguages() {
        for (Dimension dimension : Dimension.values()) {
            for (String value : dimension.allowedValues()) {
                Map<Dimension, String> segment = Map.of(dimension, value);
                assertThat(SegmentRecommendations.texts(segment, "zh-CN")).as("%s.%s zh", dimension, value).hasSize(1);
                assertThat(SegmentRecommendations.texts(segment, "en")).as("%s.%s en", dimension, value).hasSize(1);
            }
        }
        assertThat(SegmentRecommendations.bundle("en").keySet())
                .containsExactlyInAnyOrderElementsOf(SegmentRecommendations.bundle("zh-CN").keySet());
    }

    @Test
    void aPassiveHighRiskClientGetsTheAdvisoryServiceFirst() {
        Map<Dimension, String> segments = Map.of(Dimension.RISK_LEVEL, "HIGH", Dimension.NEEDS, "PASSIVE",
                Dimension.ASSET_SCALE, Dimension.UNCLASSIFIED);

        assertThat(SegmentRecommendations.texts(segments, "zh-CN")).satisfiesExactly(
                first -> assertThat(first).startsWith("投顾服务"), second -> assertThat(second).startsWith("加强风险管理"));
        assertThat(SegmentRecommendations.texts(segments, "en-US").get(0)).startsWith("Advisory service");
        assertThat(SegmentRecommendations.texts(Map.of(), "zh-CN")).isEmpty();
    }
}
