package com.marginportal.client;

/** A saved view refused before anything changed; {@link #problem()} says why (the view translates it). */
public class SavedViewRejected extends RuntimeException {

    public enum Problem {
        /** No name, or only spaces. */
        NAME_EMPTY,
        /** More than {@link SavedClientViews#MAX_NAME} characters. */
        NAME_TOO_LONG,
        /** A line break, tab or other control character. */
        NAME_CONTROL_CHARACTER,
        /** The user already has {@link SavedClientViews#MAX_PER_USER} views. */
        TOO_MANY
    }

    private final Problem problem;

    SavedViewRejected(Problem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
