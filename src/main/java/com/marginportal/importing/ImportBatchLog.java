package com.marginportal.importing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import log ({@code import_batch}) through its repository: a row is written when an import starts (status
 * RUNNING, outside the import's transaction, so it survives a rollback) and completed when it ends.
 */
@Component
class ImportBatchLog {

    private final ImportBatchRepository repository;

    ImportBatchLog(ImportBatchRepository repository) {
        this.repository = repository;
    }

    long start(ImportRequest request, String charset, String username, Instant now) {
        return repository.saveAndFlush(new ImportBatchEntity(request, charset, username, now)).getId();
    }

    @Transactional
    void finish(ImportResult result, Instant now) {
        repository.findById(result.batchId()).ifPresent(batch -> batch.finish(result, now));
    }

    /** The latest batches, newest first. */
    List<ImportBatchRecord> latest(int limit) {
        return repository.findByOrderByIdDesc(Limit.of(limit)).stream().map(ImportBatchEntity::toRecord).toList();
    }
}
