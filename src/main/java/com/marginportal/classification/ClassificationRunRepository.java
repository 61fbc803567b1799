package com.marginportal.classification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ClassificationRunRepository extends JpaRepository<ClassificationRunEntity, Long> {

    Optional<ClassificationRunEntity> findFirstByStatusAndUpdatedAtGreaterThanEqualOrderByIdDesc(
            ClassificationRun.Status status, Instant since);

    List<ClassificationRunEntity> findByOrderByIdDesc(Limit limit);

    /**
     * Every pass still {@code running} that stopped writing progress (its node stopped), in one set-based UPDATE.
     * Pending writes go first, and the persistence context is cleared after, so a later read in the same transaction
     * sees the abandoned rows as a JDBC read would.
     */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            UPDATE ClassificationRunEntity r SET r.status = :abandoned, r.finishedAt = :now,
                   r.detail = 'stopped: no progress'
             WHERE r.status = :running AND r.updatedAt < :aliveSince""")
    int abandonStale(ClassificationRun.Status running, ClassificationRun.Status abandoned, Instant aliveSince,
                     Instant now);
}
