package com.marginportal.classification.domain;

import java.time.Instant;
import java.util.List;

/** A saved catalogue entry: always valid, versioned for concurrent edits. */
public record Recommendation(long id, RecommendationDraft content, int version, String updatedBy, Instant updatedAt) {

    public Recommendation {
        List<DraftProblem> problems = content.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid recommendation " + id + ": " + problems);
        }
    }

    public List<Condition> conditions() {
        return content.conditions();
    }

    public boolean active() {
        return content.active();
    }

    public int priority() {
        return content.priority();
    }
}
