package com.marginportal.classification.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which catalogue entries apply to a client: active ones whose every condition holds for the client's
 * effective classes (an unclassified dimension matches nothing). Most important first: priority, then the
 * more specific entry (two conditions before one), then catalogue order.
 */
public final class RecommendationMatcher {

    private static final Comparator<Recommendation> ORDER = Comparator.comparingInt(Recommendation::priority)
            .thenComparing(r -> -r.conditions().size())
            .thenComparingLong(Recommendation::id);

    private RecommendationMatcher() {
    }

    public static List<Recommendation> matching(List<Recommendation> catalogue, Map<Dimension, String> effective) {
        return catalogue.stream()
                .filter(Recommendation::active)
                .filter(r -> r.conditions().stream().allMatch(c -> c.holdsFor(effective)))
                .sorted(ORDER)
                .toList();
    }
}
