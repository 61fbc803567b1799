package com.marginportal.security;

import java.util.List;

/** An administrator's change to an account or branch that breaks a rule; nothing was changed. */
public class AccountChangeRejected extends RuntimeException {

    public enum Problem {
        UNKNOWN_USER, LOGIN_INVALID, LOGIN_TAKEN, NAME_REQUIRED, EMAIL_INVALID, PHONE_INVALID, BRANCH_REQUIRED,
        BRANCH_CLOSED, NOT_YOURSELF, HOLDS_WORK, UNKNOWN_BRANCH, BRANCH_CODE_INVALID, BRANCH_CODE_TAKEN,
        BRANCH_NAME_REQUIRED, BRANCH_IN_USE, BRANCH_HAS_STAFF, DIRECTORY_MANAGED
    }

    private final Problem problem;
    private final transient List<Object> args;

    public AccountChangeRejected(Problem problem, Object... args) {
        super(problem + " " + List.of(args));
        this.problem = problem;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    /** The i18n key of the message; {@link #args()} fill its placeholders. */
    public String messageKey() {
        return "accounts.rejected." + problem.name();
    }

    public Object[] args() {
        return args.toArray();
    }
}
