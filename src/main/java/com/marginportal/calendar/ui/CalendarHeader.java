package com.marginportal.calendar.ui;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.security.CurrentUser;
import com.marginportal.shell.HeaderItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarHeader {

    @Bean
    HeaderItem provisionalCalendar(TradingCalendarService calendars, CurrentUser currentUser) {
        return new HeaderItem(5, () -> new ProvisionalCalendarBadge(calendars, currentUser));
    }
}
