package com.marginportal.classification;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import com.marginportal.TimeConfiguration;
import com.marginportal.calendar.TradingCalendar;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.classification.domain.behaviour.BehaviourReport;
import com.marginportal.classification.domain.behaviour.BoardShare;
import com.marginportal.risk.RiskFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The behaviour report from the archive on MariaDB: trades in Shanghai market days, the calendar, the scope. A slice of
 * the classification module with the modules it uses; the advisors and the client are the test's own.
 */
// as ClassificationModuleSupport and client.ClientBulkActionsModuleIT name it: all share one context
@ApplicationModuleTest(module = "classification", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"importing", "service", "notification"}, verifyAutomatically = false)
class TradingBehaviourModuleIT extends ModuleSlice {

    @Autowired
    private TradingBehaviourService behaviour;
    @Autowired
    private TradingCalendarService calendars;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    @Test
    void aClientsTradesBecomeMonthlyFiguresHoldingPeriodsAndBoardShares() {
        StaffFixture.Branch branch = new StaffFixture(jdbc).branch(1);
        RiskFixture account = new RiskFixture(jdbc, branch.id(), branch.advisor(1));
        LocalDate today = LocalDate.now(TimeConfiguration.MARKET_ZONE);
        LocalDate bought = weekday(today.withDayOfMonth(1).minusMonths(3)); // before the 3-month period: lookback only
        LocalDate sold = weekday(today.withDayOfMonth(1).minusMonths(1).plusDays(9));
        trade(account, bought, "MARGIN_BUY", 2000, "20000");
        trade(account, sold, "SELL", 2000, "22000");
        trade(account, weekday(today.withDayOfMonth(1).minusMonths(1)), "BUY", 1000, "10000");

        BehaviourReport r = SignedIn.as(users, branch.advisor(1), () -> behaviour.analyse(account.clientId, 3))
                .orElseThrow().report();

        assertThat(r.trades()).as("the lookback buy is not a trade of the period").isEqualTo(2);
        assertThat(r.months()).hasSize(3);
        assertThat(r.holding().roundTrips()).isEqualTo(1);
        assertThat(r.holding().averageDays()).isEqualByComparingTo(BigDecimal.valueOf(tradingDays(bought, sold)));
        assertThat(r.financedBuyShare()).as("only the period's buys count").isEqualByComparingTo("0");
        assertThat(r.boards()).filteredOn(b -> b.share().signum() > 0).extracting(BoardShare::board).containsExactly("MAIN_SH");
        assertThat(SignedIn.as(users, branch.advisor(1), () -> behaviour.analyse(account.clientId, 12))
                .orElseThrow().report().financedBuyShare())
                .isEqualByComparingTo("0.6667");
    }

    @Test
    void anotherAdvisorsClientHasNoReport() {
        StaffFixture.Branch branch = new StaffFixture(jdbc).branch(2);
        RiskFixture account = new RiskFixture(jdbc, branch.id(), branch.advisor(1));
        assertThat(SignedIn.as(users, branch.advisor(2), () -> behaviour.analyse(account.clientId, 6))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> SignedIn.as(users, branch.advisor(2),
                () -> behaviour.analyse(account.clientId, 5)));
    }

    private int tradingDays(LocalDate from, LocalDate to) {
        TradingCalendar calendar = calendars.calendar();
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek().getValue() <= 5;
            days += (calendar.covers(d.getYear()) ? calendar.isTradingDay(d) : weekday) ? 1 : 0;
        }
        return days;
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** At 10:00 Shanghai, stored in UTC like every DATETIME (02:00 UTC the same day). */
    private void trade(RiskFixture account, LocalDate day, String type, long quantity, String amount) {
        var utc = day.atTime(LocalTime.of(10, 0)).atZone(TimeConfiguration.MARKET_ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        jdbc.sql("""
                INSERT INTO trade (account_id, security_code, traded_at, trade_type, quantity, price, amount)
                VALUES (?, ?, ?, ?, ?, 10, ?)""")
                .params(account.accountId, account.securityCode, Timestamp.valueOf(utc), type, quantity, new BigDecimal(amount))
                .update();
    }
}
