package com.marginportal.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.marginportal.client.AccountValuation;
import com.marginportal.risk.domain.RiskLines;

/**
 * The lines an account without a case is held to: a special agreement first, then the profile of the client's
 * risk class, then the default profile. (An account with a case is held to the case's lines, see
 * {@link EffectiveLines}.)
 */
final class LineBook {

    /** The profile chosen and the lines that apply; {@code specialAgreement} when the agreement replaced its ratio lines. */
    record Choice(Long profileId, RiskLines lines, boolean specialAgreement) {

        Choice(Long profileId, RiskLines lines) {
            this(profileId, lines, false);
        }
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
        return linesFor(v.clientId(), v.specialWarningLine(), v.specialMarginCallLine(), v.specialLiquidationLine());
    }

    /** The special lines count only as a complete agreement (all three). */
    Choice linesFor(long clientId, BigDecimal specialWarning, BigDecimal specialMarginCall, BigDecimal specialLiquidation) {
        RiskLineProfile profile = profileFor(clientId);
        if (specialWarning != null && specialMarginCall != null && specialLiquidation != null) {
            try {
                return new Choice(profile.id(), profile.lines().withSpecialAgreement(specialWarning, specialMarginCall,
                        specialLiquidation), true);
            } catch (IllegalArgumentException invalidAgreement) {
                // imports validate agreements; should one slip through, the profile still protects the account
                return new Choice(profile.id(), profile.lines());
            }
        }
        return new Choice(profile.id(), profile.lines());
    }

    /** The highest ratio line of any profile: an account held to a profile's lines, with a ratio at or above it, crosses none. */
    BigDecimal highestRatioLine() {
        return profiles().flatMap(p -> Stream.of(p.lines().warning(), p.lines().marginCall(), p.lines().liquidation()))
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The lowest financing-ratio line of any profile; null when no profile has one (then none can be crossed). */
    BigDecimal lowestFinancingRatioLine() {
        return profiles().map(p -> p.lines().financingRatioLine()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private Stream<RiskLineProfile> profiles() {
        return Stream.concat(Stream.of(defaultProfile), byRiskClass.values().stream());
    }

    RiskLineProfile profileFor(long clientId) {
        return byRiskClass.getOrDefault(riskClassByClient.get(clientId), defaultProfile);
    }
}
