package com.marginportal.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A row written once per case and keyed by it. {@link Persistable} tells the repository that a new row is inserted,
 * never merged, so a second row of the same case fails on the primary key instead of overwriting the first.
 */
@MappedSuperclass
abstract class WrittenOnceCaseRow implements Persistable<Long> {

    @Id
    @Column(name = "case_id")
    private Long caseId;
    @Transient
    private boolean isNew = true;

    protected WrittenOnceCaseRow() {
    }

    protected WrittenOnceCaseRow(long caseId) {
        this.caseId = caseId;
    }

    @Override
    public Long getId() {
        return caseId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }
}
