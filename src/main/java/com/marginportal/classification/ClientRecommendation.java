package com.marginportal.classification;

import java.util.List;

import com.marginportal.classification.domain.Recommendation;

/**
 * A recommendation that applies to a client, with why: the client's classifications of the dimensions it
 * names (value, the rule's reasons, any override), and the latest response recorded, if any.
 */
public record ClientRecommendation(Recommendation recommendation, List<ClientClassification> because,
                                   RecommendationResponse latest) {

    public ClientRecommendation {
        because = List.copyOf(because);
    }
}
