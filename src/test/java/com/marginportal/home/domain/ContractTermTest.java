package com.marginportal.home.domain;

import java.time.LocalDate;
import java.util.List;

import com.marginportal.calendar.TradingCalendar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractTermTest {

    // 2026-12-08 is a Tuesday; 2027-01-01 a holiday (Friday)
    private final TradingCalendar calendar = TradingCalendar.of(List.of(LocalDate.of(2027, 1, 1)), List.of(2026, 2027));
    private final LocalDate today = LocalDate.of(2026, 12, 8);

    @Test
    void aheadCountsCalendarDaysAndTheTradingDaysAfterTodayUpToTheExpiry() {
        assertThat(ContractTerm.of(LocalDate.of(2026, 12, 11), today, calendar))
                .isEqualTo(new ContractTerm(ContractTerm.State.AHEAD, 3, 3)); // Wed, Thu, Fri
        assertThat(ContractTerm.of(LocalDate.of(2026, 12, 13), today, calendar))
                .as("a Sunday expiry: the last chance is Friday").isEqualTo(new ContractTerm(ContractTerm.State.AHEAD, 5, 3));
        assertThat(ContractTerm.of(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 30), calendar))
                .as("the holiday does not count").isEqualTo(new ContractTerm(ContractTerm.State.AHEAD, 5, 2)); // Thu, Mon
    }

    @Test
    void todayAndExpired() {
        assertThat(ContractTerm.of(today, today, calendar)).isEqualTo(new ContractTerm(ContractTerm.State.TODAY, 0, 0));
        assertThat(ContractTerm.of(LocalDate.of(2026, 12, 1), today, calendar))
                .as("calendar days since").isEqualTo(new ContractTerm(ContractTerm.State.EXPIRED, 7, 0));
    }
}
