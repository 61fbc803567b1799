package com.marginportal.client;

/** A bulk action refused before anything changed; {@link #problem()} says why (the view translates it). */
public class BulkActionRejected extends RuntimeException {

    public enum Problem {
        /** The target user does not exist or is not an advisor. */
        NOT_AN_ADVISOR,
        /** The target advisor's account is disabled. */
        ADVISOR_INACTIVE,
        /** A manager may only reassign to advisors of their own branch. */
        ADVISOR_OF_OTHER_BRANCH,
        /** Some clients of the set belong to another branch than the target advisor's. */
        CLIENTS_OF_OTHER_BRANCHES,
        /** The filter matches no client. */
        NO_CLIENTS,
        /** The set changed while the action ran; nothing was changed. */
        CHANGED_MEANWHILE
    }

    private final Problem problem;

    public BulkActionRejected(Problem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
