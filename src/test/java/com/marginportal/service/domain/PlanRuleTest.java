package com.marginportal.service.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.marginportal.calendar.TradingCalendar;

import org.junit.jupiter.api.Test;

/** When a contact plan asks for a contact: on Shanghai dates, due exactly at the interval, only in the ratio band. */
class PlanRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PlanRule WEEKLY_BELOW_200 = new PlanRule(7, new BigDecimal("2.0000"));
    private static final BigDecimal RATIO_150 = new BigDecimal("1.5000");
    /** The 2026 National Day closure: 1, 2, 5, 6, 7 October (3 and 4 are a weekend). */
    private static final TradingCalendar CALENDAR = TradingCalendar.of(List.of(LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(2026, 2027));
    private static final LocalTime DAY_END = LocalTime.of(17, 0);

    @Test
    void aWeeklyContactIsDueExactlySevenDaysLaterNotADayBefore() {
        Instant lastContact = shanghai("2026-11-23T15:00");
        assertThat(WEEKLY_BELOW_200.decide(lastContact, RATIO_150, false, clock("2026-11-29T23:59")))
                .isEqualTo(PlanDecision.NOT_DUE);
        assertThat(WEEKLY_BELOW_200.decide(lastContact, RATIO_150, false, clock("2026-11-30T00:00")))
                .as("exactly at the interval").isEqualTo(PlanDecision.CREATE_TASK);
        assertThat(WEEKLY_BELOW_200.decide(lastContact, RATIO_150, false, clock("2026-11-30T08:00")))
                .isEqualTo(PlanDecision.CREATE_TASK);
        assertThat(WEEKLY_BELOW_200.decide(lastContact, RATIO_150, false, clock("2026-12-15T08:00")))
                .as("long overdue").isEqualTo(PlanDecision.CREATE_TASK);
    }

    @Test
    void daysAreCountedOnShanghaiDatesNotUtc() {
        Instant earlyMorning = shanghai("2026-11-23T00:30"); // still the 22nd in UTC
        assertThat(WEEKLY_BELOW_200.decide(earlyMorning, RATIO_150, false, clock("2026-11-29T12:00")))
                .isEqualTo(PlanDecision.NOT_DUE);
        assertThat(WEEKLY_BELOW_200.dueOn(earlyMorning, null)).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
    }

    @Test
    void aClientNeverContactedIsDueAtOnce() {
        assertThat(WEEKLY_BELOW_200.decide(null, RATIO_150, false, clock("2026-11-30T08:00")))
                .isEqualTo(PlanDecision.CREATE_TASK);
    }

    @Test
    void anOpenTaskIsNeverDoubled() {
        assertThat(WEEKLY_BELOW_200.decide(null, RATIO_150, true, clock("2026-11-30T08:00")))
                .isEqualTo(PlanDecision.TASK_OPEN);
    }

    @Test
    void anOpenTaskIsFulfilledWhenTheClientWasReachedMeanwhile() {
        Instant yesterday = shanghai("2026-11-29T10:00"); // e.g. for another plan, or the client called
        assertThat(WEEKLY_BELOW_200.decide(yesterday, RATIO_150, true, clock("2026-11-30T08:00")))
                .isEqualTo(PlanDecision.TASK_FULFILLED);
        assertThat(WEEKLY_BELOW_200.decide(shanghai("2026-11-23T10:00"), RATIO_150, true, clock("2026-11-30T08:00")))
                .as("reached exactly an interval ago: still due").isEqualTo(PlanDecision.TASK_OPEN);
    }

    @Test
    void theRatioConditionHoldsOnlyStrictlyBelowAndNeverWithoutDebt() {
        Clock now = clock("2026-11-30T08:00");
        assertThat(WEEKLY_BELOW_200.decide(null, new BigDecimal("1.9999"), false, now)).isEqualTo(PlanDecision.CREATE_TASK);
        assertThat(WEEKLY_BELOW_200.decide(null, new BigDecimal("2.0000"), false, now)).isEqualTo(PlanDecision.OUT_OF_PLAN);
        assertThat(WEEKLY_BELOW_200.decide(null, null, false, now)).as("no debt, no ratio").isEqualTo(PlanDecision.OUT_OF_PLAN);
        assertThat(WEEKLY_BELOW_200.decide(null, new BigDecimal("2.5"), true, now)).as("even with a task open")
                .isEqualTo(PlanDecision.OUT_OF_PLAN);
        PlanRule monthly = new PlanRule(30, null);
        assertThat(monthly.decide(null, null, false, now)).as("no ratio condition").isEqualTo(PlanDecision.CREATE_TASK);
    }

    @Test
    void aDailyPlansTaskIsDueTheSameServiceDayNotAfterTheNextOneIsAsked() {
        PlanRule daily = new PlanRule(1, null);
        assertThat(taskDue(daily, "2026-12-01T08:00", 2)).as("Tuesday's run: due Tuesday, not Thursday")
                .isEqualTo(shanghai("2026-12-01T17:00"));
        assertThat(taskDue(daily, "2026-12-04T08:00", 2)).as("Friday's run: the weekend asks nothing")
                .isEqualTo(shanghai("2026-12-04T17:00"));
        assertThat(taskDue(daily, "2026-12-04T19:00", 2)).as("a run after the service day: the next one")
                .isEqualTo(shanghai("2026-12-07T17:00"));
    }

    @Test
    void aPlanTaskHasTheGivenTradingDaysWhenTheIntervalLeavesThem() {
        assertThat(taskDue(WEEKLY_BELOW_200, "2026-12-01T08:00", 2)).isEqualTo(shanghai("2026-12-03T17:00"));
        assertThat(taskDue(WEEKLY_BELOW_200, "2026-09-28T08:00", 2)).as("Monday before the National Day closure")
                .isEqualTo(shanghai("2026-09-30T17:00"));
        assertThat(taskDue(WEEKLY_BELOW_200, "2026-09-30T08:00", 2))
                .as("the last day before a week's closure: the week asks again on its first day back, so today")
                .isEqualTo(shanghai("2026-09-30T17:00"));
        assertThat(taskDue(new PlanRule(3, null), "2026-12-01T08:00", 5)).as("every third day: by the second")
                .isEqualTo(shanghai("2026-12-03T17:00"));
        assertThat(taskDue(new PlanRule(30, null), "2026-12-01T08:00", 0)).as("no days given: the same day")
                .isEqualTo(shanghai("2026-12-01T17:00"));
    }

    @Test
    void aPlanNeedsASensibleIntervalAndRatio() {
        assertThatThrownBy(() -> new PlanRule(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanRule(367, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanRule(7, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PlanRule(1, new BigDecimal("0.01")).intervalDays()).isOne();
    }

    private static Instant taskDue(PlanRule rule, String createdShanghai, int tradingDays) {
        return rule.taskDue(shanghai(createdShanghai), tradingDays, DAY_END, CALENDAR).toInstant();
    }

    private static Instant shanghai(String time) {
        return LocalDateTime.parse(time).atZone(SHANGHAI).toInstant();
    }

    private static Clock clock(String shanghaiTime) {
        return Clock.fixed(shanghai(shanghaiTime), SHANGHAI);
    }
}
