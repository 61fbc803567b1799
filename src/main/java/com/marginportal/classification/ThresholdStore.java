package com.marginportal.classification;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.classification.domain.ClassificationThresholds;

import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Repository;

/** The thresholds in force: the highest version (every change adds a version; older ones stay for audit). */
@Repository
class ThresholdStore {

    record Versioned(int version, ClassificationThresholds thresholds) {
    }

    private final ThresholdsRepository repository;

    ThresholdStore(ThresholdsRepository repository) {
        this.repository = repository;
    }

    /** Adds the next version; the unique version refuses a concurrent save based on the same version. */
    void add(int version, ClassificationThresholds t, String by, LocalDateTime atUtc) {
        repository.saveAndFlush(new ThresholdsEntity(version, t, by, atUtc.toInstant(ZoneOffset.UTC)));
    }

    Versioned current() {
        return repository.findFirstByOrderByVersionDesc().map(ThresholdsEntity::toVersioned)
                .orElseThrow(() -> new EmptyResultDataAccessException(1));
    }
}
