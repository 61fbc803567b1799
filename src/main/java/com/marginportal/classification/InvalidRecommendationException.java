package com.marginportal.classification;

import java.util.List;

import com.marginportal.classification.domain.DraftProblem;

/** A catalogue entry that cannot be saved; carries every problem, field by field. */
public class InvalidRecommendationException extends IllegalArgumentException {

    private final transient List<DraftProblem> problems;

    InvalidRecommendationException(List<DraftProblem> problems) {
        super("invalid recommendation: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
