package com.marginportal.classification;

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

import org.hibernate.annotations.DynamicUpdate;

/**
 * A classification_run row, written by the pass that started it (so no version). Updates write the changed columns
 * only: another node may mark the run ABANDONED beside the pass's progress (ClassificationRunRepository#abandonStale),
 * and a progress write must not bring the old status back.
 */
@Entity
@DynamicUpdate
@Table(name = "classification_run")
class ClassificationRunEntity {

    private static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger")
    private RunTrigger trigger;
    @Column(name = "full_pass")
    private boolean fullPass;
    @Enumerated(EnumType.STRING)
    private ClassificationRun.Status status;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "total_clients")
    private int total;
    private int processed;
    @Column(name = "changed_clients")
    private int changed;
    private String detail;

    protected ClassificationRunEntity() {
    }

    ClassificationRunEntity(RunTrigger trigger, boolean fullPass, String by, int total, Instant now) {
        this.trigger = trigger;
        this.fullPass = fullPass;
        this.status = ClassificationRun.Status.RUNNING;
        this.startedBy = by;
        this.startedAt = stored(now);
        this.updatedAt = stored(now);
        this.total = total;
    }

    void progress(int processed, int changed, Instant now) {
        this.processed = processed;
        this.changed = changed;
        this.updatedAt = stored(now);
    }

    /** A pass that succeeded did every client it went through, whatever the count at its start. */
    void finish(ClassificationRun.Status end, int processed, int changed, String detail, Instant now) {
        this.status = end;
        this.processed = processed;
        this.changed = changed;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        this.updatedAt = stored(now);
        this.finishedAt = stored(now);
        if (end == ClassificationRun.Status.SUCCEEDED) {
            this.total = processed;
        }
    }

    long getId() {
        return id;
    }

    ClassificationRun toRun() {
        return new ClassificationRun(id, trigger, fullPass, status, startedBy, startedAt, updatedAt, finishedAt, total,
                processed, changed, detail);
    }
}
