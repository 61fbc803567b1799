package com.marginportal.service;

import java.time.Instant;
import java.time.ZonedDateTime;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.service.domain.PlanRule;
import com.marginportal.service.domain.RequestType;

import org.springframework.stereotype.Component;

/** Due times from the configured rule and the exchange calendar as loaded now (an import is seen at once). */
@Component
class RequestDueDates {

    private final ServiceProperties properties;
    private final TradingCalendarService calendar;

    RequestDueDates(ServiceProperties properties, TradingCalendarService calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    ZonedDateTime request(Instant received, RequestType type) {
        return properties.dueDateRule().due(received, type, calendar.calendar());
    }

    ZonedDateTime planTask(Instant created, PlanRule plan) {
        return plan.taskDue(created, properties.planTaskDueDays(), properties.dayEnd(), calendar.calendar());
    }
}
