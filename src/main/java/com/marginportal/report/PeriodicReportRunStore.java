package com.marginportal.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * periodic_report_run: the months whose run went through every client.
 * JdbcClient, not JPA: a second node completing the same month is a duplicate key to ignore, not a failed transaction.
 */
@Repository
class PeriodicReportRunStore {

    private final JdbcClient jdbc;

    PeriodicReportRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean completed(YearMonth period) {
        return jdbc.sql("SELECT COUNT(*) FROM periodic_report_run WHERE period = ?").param(period.toString())
                .query(Long.class).single() > 0;
    }

    void complete(YearMonth period, int reports, Instant at) {
        try {
            jdbc.sql("INSERT INTO periodic_report_run (period, completed_at, reports) VALUES (?, ?, ?)")
                    .params(period.toString(), LocalDateTime.ofInstant(at, ZoneOffset.UTC), reports).update();
        } catch (DuplicateKeyException completedElsewhere) {
            // another node finished the same month; the reports are deduplicated per client anyway
        }
    }
}
