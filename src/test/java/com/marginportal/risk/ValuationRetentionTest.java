package com.marginportal.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.marginportal.calendar.TradingCalendar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuationRetentionTest {

    // 2026: National Day holidays 1–2 and 5–7 October
    private static final TradingCalendar CALENDAR = TradingCalendar.of(List.of(LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(2026));
    private static final LocalDate FRIDAY = LocalDate.of(2026, 10, 9);

    @Test
    void theEveryRunWindowCountsTradingDaysNotCalendarDays() {
        assertThat(new ValuationRetention(5, 24).everyRunFrom(FRIDAY, CALENDAR)).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(new ValuationRetention(1, 24).everyRunFrom(FRIDAY, CALENDAR)).isEqualTo(FRIDAY);
        assertThat(new ValuationRetention(1, 24).everyRunFrom(LocalDate.of(2026, 10, 11), CALENDAR))
                .as("on a Sunday the last trading day is Friday").isEqualTo(FRIDAY);
    }

    @Test
    void olderDaysKeepTheirLastRunAndTheOldestGo() {
        List<ValuationRetention.Run> runs = List.of(run(1, "2024-09-20"), run(2, "2024-09-20"), run(3, "2026-09-24"),
                run(4, "2026-09-24"), run(5, "2026-09-25"), run(6, "2026-09-28"), run(7, "2026-09-28"),
                run(8, "2026-10-09"));

        assertThat(new ValuationRetention(5, 24).runsToDelete(runs, FRIDAY, CALENDAR)).containsExactly(1L, 2L, 3L);
        assertThat(new ValuationRetention(1, 1).runsToDelete(runs, FRIDAY, CALENDAR))
                .containsExactly(1L, 2L, 3L, 6L);
    }

    @Test
    void theNewestRunStaysWhateverItsAge() {
        assertThat(new ValuationRetention(1, 1).runsToDelete(List.of(run(1, "2020-01-02"), run(2, "2020-01-02")),
                FRIDAY, CALENDAR)).containsExactly(1L);
    }

    @Test
    void keepsAtLeastADayAndAMonth() {
        assertThatThrownBy(() -> new ValuationRetention(0, 24)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ValuationRetention.Run run(long id, String date) {
        return new ValuationRetention.Run(id, LocalDate.parse(date));
    }
}
