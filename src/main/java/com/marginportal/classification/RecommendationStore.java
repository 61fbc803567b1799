package com.marginportal.classification;

import static com.marginportal.VersionedRows.saved;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.marginportal.classification.domain.Recommendation;
import com.marginportal.classification.domain.RecommendationDraft;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/** The recommendation catalogue: entries are added, changed under a version check and deactivated, never deleted. */
@Repository
class RecommendationStore {

    private final RecommendationRepository repository;
    private final EntityManager entityManager;

    RecommendationStore(RecommendationRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    /** Every entry in the order of the dimensions and their classes (risk low → high, …), then priority. */
    List<Recommendation> all() {
        return repository.findAll().stream().map(RecommendationEntity::toRecommendation)
                .sorted(Comparator.comparing((Recommendation r) -> r.content().dimension())
                        .thenComparingInt(r -> r.content().dimension().allowedValues().indexOf(r.content().value()))
                        .thenComparingInt(r -> r.conditions().size())
                        .thenComparingInt(Recommendation::priority)
                        .thenComparingLong(Recommendation::id))
                .toList();
    }

    List<Recommendation> active() {
        return repository.findByActiveTrueOrderById().stream().map(RecommendationEntity::toRecommendation).toList();
    }

    Optional<Recommendation> find(long id) {
        return repository.findById(id).map(RecommendationEntity::toRecommendation);
    }

    long insert(RecommendationDraft d, String by, Instant at) {
        return repository.saveAndFlush(new RecommendationEntity(d, by, at)).getId();
    }

    /** @return false when the entry changed since {@code expectedVersion} (or does not exist) */
    boolean update(long id, int expectedVersion, RecommendationDraft d, String by, Instant at) {
        Optional<RecommendationEntity> entry = repository.findById(id).filter(e -> e.getVersion() == expectedVersion);
        entry.ifPresent(e -> e.change(d, by, at));
        return entry.isPresent() && saved(repository, entityManager, entry.get());
    }
}
