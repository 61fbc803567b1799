package com.marginportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.demo.PastCasePlan.Event;
import com.marginportal.workflow.ManagerDecision;
import com.marginportal.workflow.PastCase;

import org.junit.jupiter.api.Test;

class PastCaseFactoryTest {

    /** 2026 with the Golden Week closure, so a case may run across holidays. */
    private static final TradingCalendar CALENDAR = TradingCalendar.of(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)), Set.of(2026));
    private static final HistoryAccount ACCOUNT = new HistoryAccount(880_000_000_001L, 10_000_001L, 1, 7L, "advisor1",
            "manager1", new BigDecimal("50000.00"), new BigDecimal("1500000.00"), new BigDecimal("900000.00"),
            BigDecimal.ZERO.setScale(2), new BigDecimal("4000.00"));

    private final PastCaseFactory factory = new PastCaseFactory(CALENDAR);

    private List<PastCasePlan> plans() {
        List<PastCasePlan> plans = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            SplittableRandom r = DemoRandom.forPart(7, "case-" + i);
            LocalDate day = CALENDAR.plusTradingDays(LocalDate.of(2026, 6, 1), r.nextInt(100));
            plans.add(factory.create(ACCOUNT, day, r));
        }
        return plans;
    }

    @Test
    void everythingHappensInOrderOnTradingDaysAndBeforeTheResolution() {
        for (PastCasePlan p : plans()) {
            PastCase h = p.handling();
            Instant end = p.last().at();
            assertThat(p.events()).allSatisfy(e -> assertThat(CALENDAR.isTradingDay(day(e.at()))).isTrue());
            assertThat(p.events()).extracting(Event::at).isSorted();
            assertThat(h.resolvedAt()).isAfter(end);
            assertThat(h.notices()).hasSizeBetween(1, 2).allSatisfy(n -> {
                assertThat(n.sentAt()).isAfter(n.createdAt()).isBefore(end);
                assertThat(n.acknowledgedAt() == null || n.acknowledgedAt().isAfter(n.sentAt())
                        && n.acknowledgedAt().isBefore(end)).isTrue();
            });
            assertThat(h.contacts()).allSatisfy(c -> assertThat(c.at()).isAfter(p.opened().at()).isBefore(end));
            assertThat(p.opened().snapshot().maintenanceRatio()).isLessThan(PastCaseFactory.WARNING);
        }
    }

    @Test
    void warningsRestoreWithinThreeTradingDaysAndMostMarginCallsByTheirDeadline() {
        int calls = 0;
        int callsOnTime = 0;
        for (PastCasePlan p : plans()) {
            LocalDate opened = day(p.opened().at());
            if (p.level().equals("WARNING")) {
                assertThat(p.status()).isEqualTo("RESTORED");
                assertThat(CALENDAR.tradingDaysBetween(opened, day(p.restoredAt()))).isBetween(0, 2);
                assertThat(p.restoredAt()).isNotNull();
                assertThat(p.last().snapshot().maintenanceRatio()).isGreaterThanOrEqualTo(PastCaseFactory.WARNING);
            } else if (p.level().equals("MARGIN_CALL")) {
                calls++;
                Instant deadline = CALENDAR.deadline(p.opened().at(), PastCaseFactory.DEADLINE_DAYS).toInstant();
                if (p.handling().decisions().isEmpty()) {
                    assertThat(p.restoredAt()).isBefore(deadline);
                    callsOnTime++;
                } else {
                    assertThat(p.handling().decisions().get(0).at()).isAfter(deadline);
                }
            } else {
                assertThat(p.status()).isEqualTo("HANDED_OFF");
                assertThat(p.handling().decisions()).extracting(PastCase.Decision::kind)
                        .containsExactly(ManagerDecision.Kind.FORCED_LIQUIDATION);
            }
        }
        assertThat(callsOnTime).isGreaterThan(calls * 6 / 10);
        assertThat(callsOnTime).isLessThan(calls);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(MarketTime.ZONE).toLocalDate();
    }
}
