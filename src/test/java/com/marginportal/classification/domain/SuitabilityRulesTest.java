package com.marginportal.classification.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Each eligibility rule at its boundary, with the reason it gives. */
class SuitabilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final SuitabilityRules RULES = new SuitabilityRules(SuitabilityCriteria.defaults());

    /** A client every rule accepts: C4, 45 years old, 3 years of trading before the account. */
    private static SuitabilityFacts suitable() {
        return new SuitabilityFacts("C4", LocalDate.of(1981, 5, 1), LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1));
    }

    @Test
    void aClientMeetingEveryRuleHasNoIssue() {
        assertThat(RULES.issues(suitable(), TODAY)).isEmpty();
    }

    @Test
    void everyFailedRuleIsListed() {
        SuitabilityFacts f = new SuitabilityFacts("C2", LocalDate.of(1940, 1, 1), LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 3, 1));
        assertThat(RULES.issues(f, TODAY)).extracting(Reason::key)
                .containsExactly("suitability.toleranceBelow", "suitability.ageOutside", "suitability.experienceShort");
    }

    @Nested
    class RiskTolerance {

        @ParameterizedTest
        @CsvSource({"C1, true", "C2, true", "C3, true", "C4, false", "C5, false"})
        void belowC4IsAnIssue(String tolerance, boolean issue) {
            var f = new SuitabilityFacts(tolerance, suitable().birthDate(), suitable().tradingSince(), suitable().openedOn());
            assertThat(RULES.riskTolerance(f)).as(tolerance).matches(r -> r.isPresent() == issue);
        }

        @Test
        void theReasonNamesTheLevelAndTheMinimum() {
            var f = new SuitabilityFacts("C3", suitable().birthDate(), suitable().tradingSince(), suitable().openedOn());
            assertThat(RULES.riskTolerance(f)).hasValue(Reason.of("suitability.toleranceBelow", "C3", "C4"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"C0", "C6", "c4", "4"})
        void anUnknownToleranceIsAnIssueNotAPass(String tolerance) {
            var f = new SuitabilityFacts(tolerance, suitable().birthDate(), suitable().tradingSince(), suitable().openedOn());
            assertThat(RULES.riskTolerance(f)).hasValue(Reason.of("suitability.toleranceUnknown"));
        }

        @Test
        void theMinimumIsConfigurable() {
            var lenient = new SuitabilityRules(new SuitabilityCriteria(3, 6, 18, 80));
            var f = new SuitabilityFacts("C3", suitable().birthDate(), suitable().tradingSince(), suitable().openedOn());
            assertThat(lenient.riskTolerance(f)).isEmpty();
        }
    }

    @Nested
    class Age {

        private SuitabilityFacts bornOn(LocalDate birthDate) {
            return new SuitabilityFacts("C4", birthDate, suitable().tradingSince(), suitable().openedOn());
        }

        @Test
        void eightyIsStillAcceptedAndTheEightyFirstBirthdayIsNot() {
            assertThat(RULES.age(bornOn(TODAY.minusYears(81).plusDays(1)), TODAY)).as("80 years and 364 days").isEmpty();
            assertThat(RULES.age(bornOn(TODAY.minusYears(81)), TODAY))
                    .hasValue(Reason.of("suitability.ageOutside", "81", "18", "80"));
        }

        @Test
        void eighteenIsAcceptedTheDayBeforeIsNot() {
            assertThat(RULES.age(bornOn(TODAY.minusYears(18)), TODAY)).isEmpty();
            assertThat(RULES.age(bornOn(TODAY.minusYears(18).plusDays(1)), TODAY))
                    .hasValue(Reason.of("suitability.ageOutside", "17", "18", "80"));
        }

        @Test
        void anUnknownBirthDateIsAnIssue() {
            assertThat(RULES.age(bornOn(null), TODAY)).hasValue(Reason.of("suitability.ageUnknown"));
        }
    }

    @Nested
    class Experience {

        private SuitabilityFacts trading(LocalDate since, LocalDate opened) {
            return new SuitabilityFacts("C4", suitable().birthDate(), since, opened);
        }

        @Test
        void sixFullMonthsBeforeOpeningAreEnoughOneDayLessIsNot() {
            LocalDate opened = LocalDate.of(2024, 3, 15);
            assertThat(RULES.experience(trading(opened.minusMonths(6), opened))).isEmpty();
            assertThat(RULES.experience(trading(opened.minusMonths(6).plusDays(1), opened)))
                    .hasValue(Reason.of("suitability.experienceShort", "5", "6"));
        }

        @Test
        void tradingThatStartedAfterTheOpeningCountsAsNoExperience() {
            assertThat(RULES.experience(trading(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 3, 1))))
                    .hasValue(Reason.of("suitability.experienceShort", "0", "6"));
        }

        @Test
        void noRecordOfTradingIsAnIssue() {
            assertThat(RULES.experience(trading(null, LocalDate.of(2024, 3, 1))))
                    .hasValue(Reason.of("suitability.experienceUnknown"));
        }
    }

    @Test
    void criteriaAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SuitabilityCriteria(6, 6, 18, 80));
        assertThatIllegalArgumentException().isThrownBy(() -> new SuitabilityCriteria(4, -1, 18, 80));
        assertThatIllegalArgumentException().isThrownBy(() -> new SuitabilityCriteria(4, 6, 81, 80));
    }
}
