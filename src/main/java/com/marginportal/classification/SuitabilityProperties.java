package com.marginportal.classification;

import com.marginportal.classification.domain.SuitabilityCriteria;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The broker's eligibility rules ({@code portal.suitability.*}), see {@link SuitabilityCriteria}.
 *
 * @param minRiskTolerance  1..5 for C1..C5
 */
@ConfigurationProperties("portal.suitability")
record SuitabilityProperties(@DefaultValue("4") int minRiskTolerance, @DefaultValue("6") int minTradingMonths,
                             @DefaultValue("18") int minAge, @DefaultValue("80") int maxAge) {

    SuitabilityCriteria criteria() {
        return new SuitabilityCriteria(minRiskTolerance, minTradingMonths, minAge, maxAge);
    }
}
