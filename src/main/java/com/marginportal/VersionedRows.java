package com.marginportal;

import jakarta.persistence.EntityManager;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Saving an entity whose {@code @Version} guards its row against lost updates (docs/architecture.md, "Persistence").
 * The stores keep their answer of the days of hand-written {@code WHERE version = ?}: false when someone else
 * changed the row since it was read, and the caller says so to the user.
 */
public final class VersionedRows {

    private VersionedRows() {
    }

    /**
     * Writes the entity now (not at commit), so a conflict is answered here. @return false when the row changed
     * since the entity was read; the entity is then detached, so a re-read in the same transaction sees the row,
     * not the refused change (the caller's transaction is marked rollback-only: it throws the conflict anyway)
     */
    public static <T> boolean saved(JpaRepository<T, ?> repository, EntityManager entityManager, T entity) {
        try {
            repository.saveAndFlush(entity);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            if (entityManager.contains(entity)) {
                entityManager.detach(entity);
            }
            return false;
        }
    }
}
