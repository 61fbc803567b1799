package com.marginportal.classification;

import java.util.Map;

import com.marginportal.classification.domain.Dimension;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links to the client list: segments to query parameters (the list reads them back, see
 * ClassificationSegmentVocabularyTest and client.ui.ClientListParamsTest).
 */
class SegmentParametersTest {

    @Test
    void writingGivesTheLinkOfTheMatrixCell() {
        assertThat(SegmentParameters.write(Map.of(Dimension.ASSET_SCALE, "ORDINARY", Dimension.RISK_LEVEL, "HIGH"), true))
                .containsExactly(Map.entry("risk", "HIGH"), Map.entry("scale", "ORDINARY"), Map.entry("suitability", "issues"));
    }
}
