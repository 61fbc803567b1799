package com.marginportal.client.ui;

import java.util.List;
import java.util.Map;

import com.marginportal.client.ClientFilter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client list's filter in its URL: what other views link to, read back exactly; junk ignored. */
class ClientListParamsTest {

    @Test
    void aMatrixCellLinkBecomesTheSegmentFilter() {
        ClientFilter filter = ClientListParams.read(Map.of("risk", List.of("HIGH"), "scale", List.of("HIGH_NET_WORTH")));
        assertThat(filter.segments()).containsOnly(Map.entry("RISK_LEVEL", "HIGH"), Map.entry("ASSET_SCALE", "HIGH_NET_WORTH"));
        assertThat(filter.suitabilityIssuesOnly()).isFalse();
        assertThat(filter.text()).isNull();
    }

    @Test
    void everyPartOfTheFilterSurvivesTheRoundTrip() {
        ClientFilter filter = new ClientFilter("王", null, 2L, 7L).withSegment("NEEDS", "PASSIVE")
                .withSegment("TRADING_BEHAVIOUR", "SHORT_TERM").withSuitabilityIssuesOnly(true);
        Map<String, String> query = ClientListParams.write(filter);
        assertThat(query).containsExactly(Map.entry("q", "王"), Map.entry("branch", "2"), Map.entry("advisor", "7"),
                Map.entry("behaviour", "SHORT_TERM"), Map.entry("needs", "PASSIVE"), Map.entry("suitability", "issues"));
        Map<String, List<String>> back = new java.util.HashMap<>();
        query.forEach((k, v) -> back.put(k, List.of(v)));
        assertThat(ClientListParams.read(back)).isEqualTo(filter);
    }

    @Test
    void malformedParametersAreIgnoredNotAnError() {
        ClientFilter filter = ClientListParams.read(Map.of("risk", List.of("EXTREME"), "branch", List.of("1 OR 1=1"),
                "advisor", List.of("x"), "suitability", List.of("maybe")));
        assertThat(filter).isEqualTo(ClientFilter.NONE);
    }
}
