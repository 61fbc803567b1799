package com.marginportal.risk;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.TimeConfiguration;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.client.AccountValuationService;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history retention on MariaDB with the exchange calendar: around the 2026 National Day holidays, "the last
 * five trading days" reaches back to 28 September, so every run from then on stays; older days keep their close;
 * runs older than the daily months go. Deleted in chunks smaller than a run. A slice of the risk module with the
 * modules it uses (the valuation and the calendar among them), on two accounts of its own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class ValuationHistoryRetentionModuleIT extends ModuleSlice {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 9); // a Friday after the holidays

    @Autowired
    private AccountValuationService valuation;
    @Autowired
    private TradingCalendarService calendar;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void keepsEveryRunOfTheLastTradingDaysThenTheCloseOfEachDay() {
        StaffFixture.Branch branch = new StaffFixture(jdbc).branch(1);
        new RiskFixture(jdbc, branch.id(), branch.advisor(1));
        new RiskFixture(jdbc, branch.id(), branch.advisor(1));
        long source = valuation.valueAll().id();
        int accounts = count("SELECT COUNT(*) FROM account_valuation WHERE run_id = " + source);
        assertThat(accounts).as("the test's two accounts and any other slice's").isGreaterThanOrEqualTo(2);
        Map<String, Long> runs = new LinkedHashMap<>();
        for (String at : List.of("2024-09-20 10:00", "2024-09-20 15:05", // older than 24 months: both go
                "2026-09-24 10:00", "2026-09-24 14:55", "2026-09-24 15:05", // before the window: the close stays
                "2026-09-25 09:30",                                            // a holiday's only run stays
                "2026-09-28 10:00", "2026-09-28 15:05",                      // 5th trading day back: all stay
                "2026-09-30 10:00", "2026-10-08 10:00", "2026-10-09 10:00", "2026-10-09 10:05")) {
            runs.put(at, copyRun(source, LocalDateTime.parse(at.replace(' ', 'T'))));
        }
        int before = count("SELECT COUNT(*) FROM account_valuation");

        ValuationHistoryRetention.Purged purged = new ValuationHistoryRetention(jdbc, calendar, 5, 24, 7)
                .purge(TODAY);

        List<String> gone = List.of("2024-09-20 10:00", "2024-09-20 15:05", "2026-09-24 10:00", "2026-09-24 14:55");
        // other tests' runs are made now (after TODAY): they stay, so these counts are ours alone
        assertThat(purged.runs()).isEqualTo(gone.size());
        assertThat(purged.rows()).isEqualTo((long) gone.size() * accounts);
        assertThat(count("SELECT COUNT(*) FROM account_valuation")).isEqualTo(before - gone.size() * accounts);
        runs.forEach((at, run) -> {
            int expected = gone.contains(at) ? 0 : accounts;
            assertThat(count("SELECT COUNT(*) FROM account_valuation WHERE run_id = " + run)).as(at).isEqualTo(expected);
            assertThat(count("SELECT COUNT(*) FROM valuation_run WHERE id = " + run)).as(at)
                    .isEqualTo(expected == 0 ? 0 : 1);
        });
        assertThat(count("SELECT COUNT(*) FROM account_valuation WHERE run_id = " + source))
                .as("today's real runs are newer than TODAY and stay").isEqualTo(accounts);
        assertThat(new ValuationHistoryRetention(jdbc, calendar, 5, 24, 7).purge(TODAY).runs())
                .as("a second purge finds nothing").isZero();
    }

    /** A run made at a market (Shanghai) time, with the figures of another run. */
    private long copyRun(long source, LocalDateTime marketTime) {
        Timestamp utc = Timestamp.valueOf(marketTime.atZone(TimeConfiguration.MARKET_ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO valuation_run (started_at, finished_at, accounts) VALUES (:at, :at, 0)")
                .param("at", utc).update(key, "id");
        long run = key.getKey().longValue();
        jdbc.sql("""
                INSERT INTO account_valuation (run_id, account_id, cash, long_market_value, total_assets, financing_debt,
                       short_liability, interest_and_fees, total_debt, maintenance_ratio, available_margin,
                       financing_ratio, top1_concentration, credit_limit_usage)
                SELECT :run, account_id, cash, long_market_value, total_assets, financing_debt, short_liability,
                       interest_and_fees, total_debt, maintenance_ratio, available_margin, financing_ratio,
                       top1_concentration, credit_limit_usage
                  FROM account_valuation WHERE run_id = :source""").param("run", run).param("source", source).update();
        return run;
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

}
