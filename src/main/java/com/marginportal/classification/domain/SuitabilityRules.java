package com.marginportal.classification.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a margin client meets the eligibility rules, with a reason for every rule they fail. Checked: risk
 * tolerance (today's assessment), age (today) and trading experience when the margin account was opened. The
 * 500,000 CNY average daily assets of the 20 trading days before applying is not checked: the archive holds no
 * figures from before an account was opened (valuations start with the portal).
 */
public final class SuitabilityRules {

    private final SuitabilityCriteria criteria;

    public SuitabilityRules(SuitabilityCriteria criteria) {
        this.criteria = criteria;
    }

    /** Every failed rule as a reason; empty when the client is suitable. */
    public List<Reason> issues(SuitabilityFacts f, LocalDate today) {
        List<Reason> issues = new ArrayList<>();
        riskTolerance(f).ifPresent(issues::add);
        age(f, today).ifPresent(issues::add);
        experience(f).ifPresent(issues::add);
        return List.copyOf(issues);
    }

    public Optional<Reason> riskTolerance(SuitabilityFacts f) {
        Integer level = level(f.riskTolerance());
        if (level == null) {
            return Optional.of(Reason.of("suitability.toleranceUnknown"));
        }
        if (level < criteria.minRiskTolerance()) {
            return Optional.of(Reason.of("suitability.toleranceBelow", "C" + level, "C" + criteria.minRiskTolerance()));
        }
        return Optional.empty();
    }

    public Optional<Reason> age(SuitabilityFacts f, LocalDate today) {
        if (f.birthDate() == null) {
            return Optional.of(Reason.of("suitability.ageUnknown"));
        }
        int age = Period.between(f.birthDate(), today).getYears();
        if (age < criteria.minAge() || age > criteria.maxAge()) {
            return Optional.of(Reason.of("suitability.ageOutside", String.valueOf(age),
                    String.valueOf(criteria.minAge()), String.valueOf(criteria.maxAge())));
        }
        return Optional.empty();
    }

    /** Experience counts from the first trade to the opening of the margin account, in whole months. */
    public Optional<Reason> experience(SuitabilityFacts f) {
        if (f.tradingSince() == null || f.openedOn() == null) {
            return Optional.of(Reason.of("suitability.experienceUnknown"));
        }
        long months = f.tradingSince().isAfter(f.openedOn()) ? 0 : Period.between(f.tradingSince(), f.openedOn()).toTotalMonths();
        if (months < criteria.minTradingMonths()) {
            return Optional.of(Reason.of("suitability.experienceShort", String.valueOf(months),
                    String.valueOf(criteria.minTradingMonths())));
        }
        return Optional.empty();
    }

    /** "C4" → 4; anything else (missing, malformed) → unknown. */
    private static Integer level(String tolerance) {
        return tolerance != null && tolerance.matches("C[1-5]") ? tolerance.charAt(1) - '0' : null;
    }
}
