package com.marginportal.administration;

import java.util.List;

/** A handover that cannot be done as asked; nothing was changed. */
public class HandoverRejected extends RuntimeException {

    public enum Problem { NOT_AN_ADVISOR, NO_SUCCESSOR, SAME_ADVISOR, NOTHING_TO_HAND_OVER }

    private final Problem problem;
    private final transient List<Object> args;

    HandoverRejected(Problem problem, Object... args) {
        super(problem + " " + List.of(args));
        this.problem = problem;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    public String messageKey() {
        return "handover.rejected." + problem.name();
    }

    public Object[] args() {
        return args.toArray();
    }
}
