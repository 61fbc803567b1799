package com.marginportal.classification;

import java.util.List;
import java.util.Map;

import com.marginportal.classification.domain.Dimension;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Links to the client list: segments to query parameters and back. */
class SegmentParametersTest {

    @Test
    void theShortNamesReadBackIntoSegments() {
        Map<String, List<String>> query = Map.of("risk", List.of("HIGH"), "scale", List.of("high_net_worth"),
                "behaviour", List.of("SHORT_TERM"), "needs", List.of("UNCLASSIFIED"));
        assertThat(SegmentParameters.read(query)).containsExactly(Map.entry(Dimension.RISK_LEVEL, "HIGH"),
                Map.entry(Dimension.TRADING_BEHAVIOUR, "SHORT_TERM"), Map.entry(Dimension.ASSET_SCALE, "HIGH_NET_WORTH"),
                Map.entry(Dimension.NEEDS, "UNCLASSIFIED"));
    }

    @Test
    void unknownNamesAndValuesOfAnotherDimensionAreIgnored() {
        Map<String, List<String>> query = Map.of("risk", List.of("HIGH_NET_WORTH"), "scale", List.of(" "),
                "colour", List.of("RED"), "needs", List.of());
        assertThat(SegmentParameters.read(query)).isEmpty();
    }

    @Test
    void writingGivesTheLinkOfTheMatrixCell() {
        assertThat(SegmentParameters.write(Map.of(Dimension.ASSET_SCALE, "ORDINARY", Dimension.RISK_LEVEL, "HIGH"), true))
                .containsExactly(Map.entry("risk", "HIGH"), Map.entry("scale", "ORDINARY"), Map.entry("suitability", "issues"));
        assertThat(SegmentParameters.suitabilityIssuesOnly(Map.of("suitability", List.of("ISSUES")))).isTrue();
        assertThat(SegmentParameters.suitabilityIssuesOnly(Map.of("suitability", List.of("all")))).isFalse();
    }
}
