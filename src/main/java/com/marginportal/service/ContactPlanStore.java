package com.marginportal.service;

import static com.marginportal.VersionedRows.saved;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.marginportal.service.domain.PlanDraft;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/** contact_plan through its repository; updates are guarded by the version, a taken name is a DuplicateKeyException. */
@Repository
class ContactPlanStore {

    private final ContactPlanRepository repository;
    private final EntityManager entityManager;

    ContactPlanStore(ContactPlanRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    List<ContactPlan> all() {
        return repository.findAll(Sort.by("id")).stream().map(ContactPlanEntity::toPlan).toList();
    }

    Optional<ContactPlan> find(long id) {
        return repository.findById(id).map(ContactPlanEntity::toPlan);
    }

    long insert(PlanDraft d, Instant now, String by) {
        return repository.saveAndFlush(new ContactPlanEntity(d, now, by)).getId();
    }

    /** @return false when the plan changed since {@code version} (or does not exist) */
    boolean update(long id, int version, PlanDraft d, Instant now, String by) {
        Optional<ContactPlanEntity> plan = repository.findById(id).filter(p -> p.getVersion() == version);
        plan.ifPresent(p -> p.change(d, now, by));
        return plan.isPresent() && saved(repository, entityManager, plan.get());
    }
}
