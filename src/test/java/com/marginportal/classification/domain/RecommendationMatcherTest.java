package com.marginportal.classification.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationMatcherTest {

    private static final Recommendation HIGH_RISK = rec(1, Dimension.RISK_LEVEL, "HIGH", null, null, 2, true);
    private static final Recommendation HIGH_RISK_SHORT = rec(2, Dimension.RISK_LEVEL, "HIGH",
            Dimension.TRADING_BEHAVIOUR, "SHORT_TERM", 2, true);
    private static final Recommendation RICH = rec(3, Dimension.ASSET_SCALE, "HIGH_NET_WORTH", null, null, 1, true);
    private static final Recommendation LOW_RISK = rec(4, Dimension.RISK_LEVEL, "LOW", null, null, 1, true);
    private static final Recommendation RICH_INACTIVE = rec(5, Dimension.ASSET_SCALE, "HIGH_NET_WORTH", null, null, 1, false);
    private static final List<Recommendation> CATALOGUE = List.of(HIGH_RISK, HIGH_RISK_SHORT, RICH, LOW_RISK, RICH_INACTIVE);

    @Test
    void activeEntriesWhoseEveryConditionHoldsApplyMostImportantFirst() {
        var matched = RecommendationMatcher.matching(CATALOGUE, classes("HIGH", "SHORT_TERM", "HIGH_NET_WORTH", "ACTIVE"));
        // priority 1 first; within priority 2 the two-condition entry before the one-condition entry
        assertThat(matched).containsExactly(RICH, HIGH_RISK_SHORT, HIGH_RISK);
    }

    @Test
    void aSecondConditionThatDoesNotHoldExcludesTheEntry() {
        var matched = RecommendationMatcher.matching(CATALOGUE, classes("HIGH", "MEDIUM_LONG_TERM", "ORDINARY", "PASSIVE"));
        assertThat(matched).containsExactly(HIGH_RISK);
    }

    @Test
    void unclassifiedOrMissingDimensionsMatchNothing() {
        assertThat(RecommendationMatcher.matching(CATALOGUE,
                classes(Dimension.UNCLASSIFIED, Dimension.UNCLASSIFIED, Dimension.UNCLASSIFIED, Dimension.UNCLASSIFIED)))
                .isEmpty();
        assertThat(RecommendationMatcher.matching(CATALOGUE, Map.of())).isEmpty();
        assertThat(RecommendationMatcher.matching(List.of(), classes("HIGH", "SHORT_TERM", "HIGH_NET_WORTH", "ACTIVE")))
                .isEmpty();
    }

    static Map<Dimension, String> classes(String risk, String trading, String scale, String needs) {
        Map<Dimension, String> m = new EnumMap<>(Dimension.class);
        m.put(Dimension.RISK_LEVEL, risk);
        m.put(Dimension.TRADING_BEHAVIOUR, trading);
        m.put(Dimension.ASSET_SCALE, scale);
        m.put(Dimension.NEEDS, needs);
        return m;
    }

    static Recommendation rec(long id, Dimension d, String v, Dimension d2, String v2, int priority, boolean active) {
        return new Recommendation(id, new RecommendationDraft(d, v, d2, v2, "标题" + id, "Title " + id, "说明", "Text",
                ServiceAction.ADVISORY, priority, active), 0, "admin", Instant.EPOCH);
    }
}
