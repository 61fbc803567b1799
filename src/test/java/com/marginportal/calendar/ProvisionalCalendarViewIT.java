package com.marginportal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.marginportal.support.SimulatedClock;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managers and admins see, on every page, that a year a deadline can reach has no exchange holiday list; admins are
 * led to the import, and the warning goes once the list is in. Years far from the startup loader's, at a frozen
 * clock.
 */
class ProvisionalCalendarViewIT extends ViewTest {

    private static final int LISTED = 2035;
    private static final int PLACEHOLDER = 2036;
    private static final Instant DECEMBER = Instant.parse("2035-12-10T02:00:00Z");

    @Autowired
    private CalendarStore store;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void forgetTheTestYears() {
        SimulatedClock.reset();
        jdbc.sql("DELETE FROM trading_holiday WHERE holiday_date >= :first AND holiday_date < :next")
                .param("first", LocalDate.of(LISTED, 1, 1)).param("next", LocalDate.of(PLACEHOLDER + 1, 1, 1)).update();
        jdbc.sql("DELETE FROM trading_calendar_year WHERE calendar_year IN (:years)")
                .param("years", List.of(LISTED, PLACEHOLDER)).update();
        jdbc.sql("UPDATE trading_calendar_revision SET revision = revision + 1").update();
    }

    @Test
    void inDecemberAManagerIsToldTheComingYearHasNoList() {
        onAPageInDecember("manager1", "board");
        Span badge = _get(Span.class, spec -> spec.withId("calendar-provisional"));
        assertThat(badge.getElement().getTextRecursively()).contains("2036 年休市安排未导入");
    }

    @Test
    void anAdminIsLedToTheImport() {
        onAPageInDecember("admin", "admin/users");
        assertThat(_get(Anchor.class, spec -> spec.withId("calendar-provisional")).getHref())
                .as("the import page with the holiday list chosen").isEqualTo("admin/imports?kind=holidays");
    }

    @Test
    void anAdvisorWhoCanDoNothingAboutItIsNotTold() {
        onAPageInDecember("advisor1", "tasks");
        _assertNone(Span.class, spec -> spec.withId("calendar-provisional"));
    }

    @Test
    void noWarningWhileNoDeadlineCanReachTheYearNorOnceItsListIsImported() {
        coverBoth();
        SimulatedClock.freeze(Instant.parse("2035-06-10T02:00:00Z"));
        login("admin");
        navigate("admin/users");
        _assertNone(Anchor.class, spec -> spec.withId("calendar-provisional"));

        SimulatedClock.freeze(DECEMBER);
        navigate("board");
        assertThat(_get(Anchor.class, spec -> spec.withId("calendar-provisional")).isVisible()).isTrue();

        store.replace(new YearHolidays(PLACEHOLDER, List.of(new Holiday(LocalDate.of(PLACEHOLDER, 1, 1), "元旦")),
                "test notice"), "admin", LocalDateTime.of(2035, 12, 10, 2, 0));
        navigate("admin/users");
        _assertNone(Anchor.class, spec -> spec.withId("calendar-provisional"));
    }

    /** 10 December 2035: 2035 has its list, 2036 the placeholder, and a deadline can reach 2036. */
    private void onAPageInDecember(String user, String route) {
        coverBoth();
        SimulatedClock.freeze(DECEMBER);
        login(user);
        navigate(route);
    }

    private void coverBoth() {
        LocalDateTime at = LocalDateTime.of(2035, 1, 1, 0, 0);
        store.cover(new YearHolidays(LISTED, List.of(new Holiday(LocalDate.of(LISTED, 1, 1), "元旦")), "test notice"),
                "admin", at);
        store.cover(YearHolidays.provisional(PLACEHOLDER), "system", at);
    }
}
