package com.marginportal.risk;

import com.marginportal.UtcColumns;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The record of every scan: who or what started it, what it found, how long it took.
 * JdbcClient, not JPA: one INSERT and one UPDATE per scan, a log row never loaded back as an aggregate.
 */
@Repository
class RiskScanLog {

    private final JdbcClient jdbc;

    RiskScanLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(ScanTrigger trigger, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO risk_scan (trigger_type, triggered_by, started_at, status)
                VALUES (:trigger, :by, :at, 'RUNNING')""")
                .param("trigger", trigger.name()).param("by", by).param("at", UtcColumns.utc(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void finish(ScanResult r, Instant at) {
        jdbc.sql("""
                UPDATE risk_scan SET status = 'DONE', finished_at = :at, valuation_run_id = :run, accounts = :accounts,
                       breaches = :breaches, opened = :opened, escalated = :escalated, restored = :restored
                 WHERE id = :id""")
                .param("at", UtcColumns.utc(at)).param("run", r.valuationRunId()).param("accounts", r.accounts())
                .param("breaches", r.breaches()).param("opened", r.opened()).param("escalated", r.escalated())
                .param("restored", r.restored()).param("id", r.scanId()).update();
    }

    void fail(long scanId, RuntimeException e, Instant at) {
        String message = String.valueOf(e.getMessage());
        jdbc.sql("UPDATE risk_scan SET status = 'FAILED', finished_at = :at, message = :message WHERE id = :id")
                .param("at", UtcColumns.utc(at))
                .param("message", message.length() > 500 ? message.substring(0, 500) : message)
                .param("id", scanId).update();
    }
}
