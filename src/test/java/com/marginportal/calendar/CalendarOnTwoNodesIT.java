package com.marginportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar each node keeps (issue 14): read again as soon as any node changed it — through the admin's
 * replacement or the holidays import — and not read again while nothing changed. The second node is a second
 * {@link TradingCalendarService} on the same database, with its own kept calendar.
 */
class CalendarOnTwoNodesIT extends IntegrationTest {

    private static final int YEAR = 2033;
    private static final LocalDate NEW_YEAR = LocalDate.of(YEAR, 1, 3);
    private static final LocalDate LABOUR_DAY = LocalDate.of(YEAR, 5, 2);

    @Autowired
    private TradingCalendarService thisNode;
    @Autowired
    private CalendarStore store;
    @Autowired
    private HolidayWrites imports;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate tx;

    @BeforeEach
    @AfterEach
    void forgetTheTestYear() { // before too: another class in this JVM may have left the year in (HolidaysImportModuleIT did)
        jdbc.sql("DELETE FROM trading_holiday WHERE holiday_date >= :first AND holiday_date < :next")
                .param("first", LocalDate.of(YEAR, 1, 1)).param("next", LocalDate.of(YEAR + 1, 1, 1)).update();
        jdbc.sql("DELETE FROM trading_calendar_year WHERE calendar_year = :year").param("year", YEAR).update();
        jdbc.sql("UPDATE trading_calendar_revision SET revision = revision + 1").update();
    }

    @Test
    void unchangedTheCalendarIsNotReadAgain() {
        TradingCalendar first = thisNode.calendar();

        assertThat(thisNode.calendar()).isSameAs(first);
    }

    @Test
    void aReplacementOnAnotherNodeIsUsedAtOnceHere() {
        TradingCalendarService otherNode = new TradingCalendarService(store, auditLog, currentUser, clock);
        assertThat(thisNode.calendar().covers(YEAR)).isFalse();
        assertThat(otherNode.calendar().covers(YEAR)).isFalse();

        otherNode.replaceYear(YEAR, List.of(new Holiday(NEW_YEAR, "元旦")), "other node");

        assertThat(thisNode.calendar().covers(YEAR)).isTrue();
        assertThat(thisNode.calendar().isTradingDay(NEW_YEAR)).isFalse();

        otherNode.replaceYear(YEAR, List.of(new Holiday(LABOUR_DAY, "劳动节")), "other node, corrected");

        assertThat(thisNode.calendar().isTradingDay(NEW_YEAR)).as("the replaced holiday").isTrue();
        assertThat(thisNode.calendar().isTradingDay(LABOUR_DAY)).isFalse();
        assertThat(otherNode.calendar().isTradingDay(LABOUR_DAY)).isFalse();
    }

    @Test
    void anImportOnAnotherNodeIsUsedAtOnceHere() {
        assertThat(thisNode.calendar().covers(YEAR)).isFalse();

        importYear(List.of(new Holiday(NEW_YEAR, "元旦")));

        assertThat(thisNode.calendar().isTradingDay(NEW_YEAR)).isFalse();

        importYear(List.of());

        assertThat(thisNode.calendar().isTradingDay(NEW_YEAR)).isTrue();
    }

    @Test
    void aTransactionSeesItsOwnChangeAndAnotherTransactionTheCommittedOne() {
        tx.executeWithoutResult(s -> {
            assertThat(thisNode.calendar().covers(YEAR)).isFalse();
            imports.clearYears(List.of(YEAR), "import", Instant.now(clock));
            imports.insertHolidays(List.of(new Holiday(NEW_YEAR, "元旦")), "import");
            assertThat(thisNode.calendar().isTradingDay(NEW_YEAR)).isFalse();
        });

        assertThat(thisNode.calendar().isTradingDay(NEW_YEAR)).isFalse();
    }

    @Test
    void aChangeRolledBackLeavesTheCalendarAsItWas() {
        TradingCalendar before = thisNode.calendar();
        tx.executeWithoutResult(s -> {
            imports.clearYears(List.of(YEAR), "import", Instant.now(clock));
            s.setRollbackOnly();
        });

        assertThat(thisNode.calendar().covers(YEAR)).isFalse();
        assertThat(thisNode.calendar()).isSameAs(before);
    }

    private void importYear(List<Holiday> holidays) {
        tx.executeWithoutResult(s -> {
            imports.clearYears(List.of(YEAR), "import", Instant.now(clock));
            imports.insertHolidays(holidays, "import");
        });
    }
}
