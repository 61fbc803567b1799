package com.marginportal.workflow;

import java.time.Duration;
import java.time.LocalTime;

import com.marginportal.calendar.TradingCalendar;

/** The workflow's default settings, contact hours 08:00-21:00 included (the suite itself runs round the clock). */
final class DefaultWorkflowProperties {

    private DefaultWorkflowProperties() {
    }

    /** A calendar of 2026 and 2027 without holidays: weekends closed. */
    static TradingCalendar weekendsClosed() {
        return TradingCalendar.of(java.util.List.of(), java.util.List.of(2026, 2027));
    }

    static WorkflowProperties withContactHours() {
        return new WorkflowProperties(Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofMinutes(30), 3, 1,
                Duration.ofMinutes(30), Duration.ofMinutes(30), 4, 25, 4, 2048, Duration.ofMinutes(2),
                LocalTime.of(8, 0), LocalTime.of(21, 0));
    }
}
