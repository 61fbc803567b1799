package com.marginportal.risk;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A risk_scan row: RUNNING from the start of a scan, then DONE with its figures or FAILED with the start of its
 * error; only the scan that started a row ends it (one writer per row, so no version).
 */
@Entity
@Table(name = "risk_scan")
class RiskScanEntity {

    private static final int MAX_MESSAGE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_type")
    private ScanTrigger trigger;
    @Column(name = "triggered_by")
    private String triggeredBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "valuation_run_id")
    private Long valuationRunId;
    private String status;
    private int accounts;
    private int breaches;
    private int opened;
    private int escalated;
    private int restored;
    private String message;

    protected RiskScanEntity() {
    }

    RiskScanEntity(ScanTrigger trigger, String by, Instant at) {
        this.trigger = trigger;
        this.triggeredBy = by;
        this.startedAt = stored(at);
        this.status = "RUNNING";
    }

    void finish(ScanResult r, Instant at) {
        status = "DONE";
        finishedAt = stored(at);
        valuationRunId = r.valuationRunId();
        accounts = r.accounts();
        breaches = r.breaches();
        opened = r.opened();
        escalated = r.escalated();
        restored = r.restored();
    }

    void fail(RuntimeException e, Instant at) {
        String text = String.valueOf(e.getMessage());
        status = "FAILED";
        finishedAt = stored(at);
        message = text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) : text;
    }

    long getId() {
        return id;
    }

    ScanSummary toSummary() {
        return new ScanSummary(id, trigger.name(), triggeredBy, startedAt, finishedAt, status, accounts, breaches, opened,
                escalated, restored);
    }
}
