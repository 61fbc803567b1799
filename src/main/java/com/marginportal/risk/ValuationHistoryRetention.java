package com.marginportal.risk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.TimeConfiguration;
import com.marginportal.calendar.TradingCalendarService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps the valuation history ({@code account_valuation}, a row per account per run) bounded by the
 * {@link ValuationRetention} rule. Deletes run by run in chunks of account ids, each chunk its own short
 * transaction, so a purge of millions of rows holds no long locks and a scan can run beside it.
 * JdbcClient, not JPA: purges millions of history rows in chunked set-based DELETEs.
 */
@Service
public class ValuationHistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(ValuationHistoryRetention.class);

    private final JdbcClient jdbc;
    private final TradingCalendarService calendar;
    private final ValuationRetention rule;
    private final int chunkRows;

    ValuationHistoryRetention(JdbcClient jdbc, TradingCalendarService calendar,
                              @Value("${portal.valuation.retention.every-run-trading-days:5}") int everyRunTradingDays,
                              @Value("${portal.valuation.retention.daily-months:24}") int dailyMonths,
                              @Value("${portal.valuation.retention.chunk-rows:10000}") int chunkRows) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.rule = new ValuationRetention(everyRunTradingDays, dailyMonths);
        this.chunkRows = chunkRows;
    }

    /** What one purge deleted. */
    public record Purged(int runs, long rows) {
    }

    /** Deletes the runs the rule no longer keeps, as of {@code today} (a market date). */
    public Purged purge(LocalDate today) {
        List<ValuationRetention.Run> runs = jdbc.sql("SELECT id, started_at FROM valuation_run WHERE finished_at IS NOT NULL")
                .query((rs, i) -> new ValuationRetention.Run(rs.getLong(1), rs.getObject(2, LocalDateTime.class)
                        .atOffset(ZoneOffset.UTC).atZoneSameInstant(TimeConfiguration.MARKET_ZONE).toLocalDate()))
                .list();
        List<Long> delete = rule.runsToDelete(runs, today, calendar.calendar());
        long rows = 0;
        for (long run : delete) {
            rows += deleteRun(run);
        }
        log.info("Valuation history retention: {} runs, {} rows deleted ({} runs kept)", delete.size(), rows,
                runs.size() - delete.size());
        return new Purged(delete.size(), rows);
    }

    private long deleteRun(long run) {
        long deleted = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Long> upTo = jdbc.sql("""
                    SELECT account_id FROM account_valuation WHERE run_id = :run AND account_id > :after
                     ORDER BY account_id LIMIT 1 OFFSET :skip""")
                    .param("run", run).param("after", after).param("skip", chunkRows - 1).query(Long.class).list();
            if (upTo.isEmpty()) {
                deleted += jdbc.sql("DELETE FROM account_valuation WHERE run_id = :run AND account_id > :after")
                        .param("run", run).param("after", after).update();
                break;
            }
            deleted += jdbc.sql("""
                    DELETE FROM account_valuation WHERE run_id = :run AND account_id > :after AND account_id <= :upTo""")
                    .param("run", run).param("after", after).param("upTo", upTo.get(0)).update();
            after = upTo.get(0);
        }
        jdbc.sql("DELETE FROM valuation_run WHERE id = :run").param("run", run).update();
        return deleted;
    }
}
