package com.marginportal.classification;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code classification_run} table through its repository: a row per pass, inserted when it starts, updated
 * after every chunk (progress) and when it ends. Each write is flushed at once and, called outside a transaction
 * (as the passes do), commits on its own, so other nodes' views see the progress.
 */
@Repository
class ClassificationRunLog {

    private final ClassificationRunRepository repository;

    ClassificationRunLog(ClassificationRunRepository repository) {
        this.repository = repository;
    }

    long start(RunTrigger trigger, boolean fullPass, String by, int total, Instant now) {
        return repository.saveAndFlush(new ClassificationRunEntity(trigger, fullPass, by, total, now)).getId();
    }

    @Transactional
    void progress(long id, int processed, int changed, Instant now) {
        repository.findById(id).ifPresent(run -> {
            run.progress(processed, changed, now);
            repository.saveAndFlush(run);
        });
    }

    @Transactional
    void finish(long id, ClassificationRun.Status status, int processed, int changed, String detail, Instant now) {
        repository.findById(id).ifPresent(run -> {
            run.finish(status, processed, changed, detail, now);
            repository.saveAndFlush(run);
        });
    }

    /** A run still in progress (updated since {@code aliveSince}), the latest one first. */
    Optional<ClassificationRun> running(Instant aliveSince) {
        return repository.findFirstByStatusAndUpdatedAtGreaterThanEqualOrderByIdDesc(ClassificationRun.Status.RUNNING,
                stored(aliveSince)).map(ClassificationRunEntity::toRun);
    }

    /** Marks runs not updated since {@code aliveSince} as abandoned (their node stopped); returns how many. */
    int abandonStale(Instant aliveSince, Instant now) {
        return repository.abandonStale(ClassificationRun.Status.RUNNING, ClassificationRun.Status.ABANDONED,
                stored(aliveSince), stored(now));
    }

    Optional<ClassificationRun> find(long id) {
        return repository.findById(id).map(ClassificationRunEntity::toRun);
    }

    List<ClassificationRun> latest(int limit) {
        return repository.findByOrderByIdDesc(Limit.of(limit)).stream().map(ClassificationRunEntity::toRun).toList();
    }
}
