package com.marginportal.client.ui;

import java.util.List;
import java.util.Map;

import com.marginportal.client.ClientFilter;
import com.marginportal.client.segment.SegmentDimension;
import com.marginportal.client.segment.SegmentVocabulary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client list's filter in its URL: what other views link to, read back exactly; junk ignored. */
class ClientListParamsTest {

    /** The owner's words as classification gives them (ClassificationSegmentVocabularyTest holds it to them). */
    private static final SegmentVocabulary SEGMENTS = new SegmentVocabulary() {
        @Override
        public List<SegmentDimension> dimensions() {
            return List.of(segment("RISK_LEVEL", "risk", "LOW", "MEDIUM", "HIGH"),
                    segment("TRADING_BEHAVIOUR", "behaviour", "SHORT_TERM", "MEDIUM_LONG_TERM"),
                    segment("ASSET_SCALE", "scale", "HIGH_NET_WORTH", "MEDIUM", "ORDINARY"),
                    segment("NEEDS", "needs", "ACTIVE", "PASSIVE"));
        }

        @Override
        public String suitabilityParameter() {
            return "suitability";
        }

        @Override
        public String suitabilityIssues() {
            return "issues";
        }
    };

    private static SegmentDimension segment(String name, String parameter, String... classes) {
        List<String> values = new java.util.ArrayList<>(List.of(classes));
        values.add("UNCLASSIFIED");
        Map<String, String> keys = new java.util.HashMap<>();
        values.forEach(v -> keys.put(v, "class." + v));
        return new SegmentDimension(name, parameter, "dimension." + name, values, "UNCLASSIFIED", keys);
    }

    @Test
    void aMatrixCellLinkBecomesTheSegmentFilter() {
        ClientFilter filter = ClientListParams.read(Map.of("risk", List.of("HIGH"), "scale", List.of("HIGH_NET_WORTH")), SEGMENTS);
        assertThat(filter.segments()).containsOnly(Map.entry("RISK_LEVEL", "HIGH"), Map.entry("ASSET_SCALE", "HIGH_NET_WORTH"));
        assertThat(filter.suitabilityIssuesOnly()).isFalse();
        assertThat(filter.text()).isNull();
    }

    @Test
    void everyPartOfTheFilterSurvivesTheRoundTrip() {
        ClientFilter filter = new ClientFilter("王", null, 2L, 7L).withSegment("NEEDS", "PASSIVE")
                .withSegment("TRADING_BEHAVIOUR", "SHORT_TERM").withSuitabilityIssuesOnly(true);
        Map<String, String> query = ClientListParams.write(filter, SEGMENTS);
        assertThat(query).containsExactly(Map.entry("q", "王"), Map.entry("branch", "2"), Map.entry("advisor", "7"),
                Map.entry("behaviour", "SHORT_TERM"), Map.entry("needs", "PASSIVE"), Map.entry("suitability", "issues"));
        Map<String, List<String>> back = new java.util.HashMap<>();
        query.forEach((k, v) -> back.put(k, List.of(v)));
        assertThat(ClientListParams.read(back, SEGMENTS)).isEqualTo(filter);
    }

    @Test
    void theSegmentsShortNamesAreReadInAnyCaseUnclassifiedIncluded() {
        ClientFilter filter = ClientListParams.read(Map.of("scale", List.of("high_net_worth"),
                "behaviour", List.of("SHORT_TERM"), "needs", List.of("UNCLASSIFIED"), "suitability", List.of("ISSUES")),
                SEGMENTS);
        assertThat(filter.segments()).containsExactly(Map.entry("ASSET_SCALE", "HIGH_NET_WORTH"),
                Map.entry("NEEDS", "UNCLASSIFIED"), Map.entry("TRADING_BEHAVIOUR", "SHORT_TERM"));
        assertThat(filter.suitabilityIssuesOnly()).isTrue();
    }

    @Test
    void unknownNamesBlanksAndValuesOfAnotherDimensionAreIgnored() {
        ClientFilter filter = ClientListParams.read(Map.of("risk", List.of("HIGH_NET_WORTH"), "scale", List.of(" "),
                "colour", List.of("RED"), "needs", List.of()), SEGMENTS);
        assertThat(filter).isEqualTo(ClientFilter.NONE);
    }

    @Test
    void malformedParametersAreIgnoredNotAnError() {
        ClientFilter filter = ClientListParams.read(Map.of("risk", List.of("EXTREME"), "branch", List.of("1 OR 1=1"),
                "advisor", List.of("x"), "suitability", List.of("maybe")), SEGMENTS);
        assertThat(filter).isEqualTo(ClientFilter.NONE);
    }
}
