package com.marginportal.workflow;

import java.util.List;
import java.util.Optional;

import com.marginportal.security.DataScope;

import org.springframework.stereotype.Repository;

/** resolution_record through its repository: insert and read, never update or delete. */
@Repository
class ResolutionStore {

    private final ResolutionRecordRepository repository;

    ResolutionStore(ResolutionRecordRepository repository) {
        this.repository = repository;
    }

    /** Inserts now (a second record of the case fails here, as the primary key says). */
    void insert(ResolutionRecord r) {
        repository.saveAndFlush(new ResolutionRecordEntity(r));
    }

    boolean exists(long caseId) {
        return repository.existsById(caseId);
    }

    /** The record of a case when it lies in the scope. */
    Optional<ResolutionRecord> find(long caseId, DataScope scope) {
        return repository.findById(caseId).filter(r -> r.isIn(scope)).map(ResolutionRecordEntity::toRecord);
    }

    List<ResolutionRecord> forClient(long clientId, DataScope scope) {
        return repository.findByClientIdOrderByResolvedAtDesc(clientId).stream().filter(r -> r.isIn(scope))
                .map(ResolutionRecordEntity::toRecord).toList();
    }
}
