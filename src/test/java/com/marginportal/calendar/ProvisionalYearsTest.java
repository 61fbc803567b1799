package com.marginportal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisionalYearsTest {

    @Test
    void aWeekendsOnlyNextYearIsProvisionalOnceADeadlineCanReachIt() {
        Set<Integer> covered = Set.of(2026, 2027);
        Set<Integer> weekendsOnly = Set.of(2027);

        assertThat(ProvisionalYears.of(LocalDate.parse("2026-11-30"), covered, weekendsOnly).years()).isEmpty();
        assertThat(ProvisionalYears.of(LocalDate.parse("2026-12-01"), covered, weekendsOnly).years())
                .containsExactly(2027);
        assertThat(ProvisionalYears.of(LocalDate.parse("2026-12-31"), covered, weekendsOnly).any()).isTrue();
    }

    @Test
    void aYearWithItsExchangeListIsNot() {
        assertThat(ProvisionalYears.of(LocalDate.parse("2026-12-07"), Set.of(2026, 2027), Set.of()).any()).isFalse();
    }

    @Test
    void theCurrentYearWithoutItsListOrAYearNotCoveredAtAllIs() {
        assertThat(ProvisionalYears.of(LocalDate.parse("2027-06-01"), Set.of(2026, 2027), Set.of(2027)).years())
                .isEqualTo(List.of(2027));
        // a node running across New Year's Day: the year after next was never covered
        assertThat(ProvisionalYears.of(LocalDate.parse("2027-12-15"), Set.of(2026, 2027), Set.of()).years())
                .isEqualTo(List.of(2028));
    }
}
