package com.marginportal.risk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.marginportal.client.AccountValuation;
import com.marginportal.risk.domain.RiskLines;

/**
 * The lines each account is held to in one scan: a special agreement first, then the profile of the
 * client's risk class, then the default profile.
 */
final class LineBook {

    record Choice(Long profileId, RiskLines lines) {
    }

    private final RiskLineProfile defaultProfile;
    private final Map<String, RiskLineProfile> byRiskClass;
    private final Map<Long, String> riskClassByClient;

    LineBook(List<RiskLineProfile> profiles, Map<Long, String> riskClassByClient) {
        this.defaultProfile = profiles.stream().filter(RiskLineProfile::isDefault).findFirst()
                .orElseThrow(() -> new IllegalStateException("no default line profile"));
        this.byRiskClass = profiles.stream().filter(p -> p.appliesToRiskClass() != null)
                .collect(Collectors.toMap(RiskLineProfile::appliesToRiskClass, p -> p));
        this.riskClassByClient = riskClassByClient;
    }

    Choice linesFor(AccountValuation v) {
        RiskLineProfile profile = byRiskClass.getOrDefault(riskClassByClient.get(v.clientId()), defaultProfile);
        if (v.hasSpecialAgreement()) {
            try {
                return new Choice(profile.id(), profile.lines().withSpecialAgreement(v.specialWarningLine(),
                        v.specialMarginCallLine(), v.specialLiquidationLine()));
            } catch (IllegalArgumentException invalidAgreement) {
                // imports validate agreements; should one slip through, the profile still protects the account
                return new Choice(profile.id(), profile.lines());
            }
        }
        return new Choice(profile.id(), profile.lines());
    }
}
