package com.marginportal.risk;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every scan through its repository: who or what started it, what it found, how long it took. The
 * RUNNING row is written (and, outside a transaction, committed) before the scan's work, so a failed scan leaves it.
 * Every write is flushed at once, so a JdbcClient read after it in the same transaction sees it.
 */
@Repository
class RiskScanLog {

    private final RiskScanRepository repository;

    RiskScanLog(RiskScanRepository repository) {
        this.repository = repository;
    }

    long start(ScanTrigger trigger, String by, Instant at) {
        return repository.saveAndFlush(new RiskScanEntity(trigger, by, at)).getId();
    }

    @Transactional
    void finish(ScanResult r, Instant at) {
        repository.findById(r.scanId()).ifPresent(scan -> {
            scan.finish(r, at);
            repository.saveAndFlush(scan);
        });
    }

    @Transactional
    void fail(long scanId, RuntimeException e, Instant at) {
        repository.findById(scanId).ifPresent(scan -> {
            scan.fail(e, at);
            repository.saveAndFlush(scan);
        });
    }

    /** The latest scan, whatever its state. */
    Optional<ScanSummary> last() {
        return repository.findFirstByOrderByIdDesc().map(RiskScanEntity::toSummary);
    }
}
