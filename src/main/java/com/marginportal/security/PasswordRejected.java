package com.marginportal.security;

import java.util.List;

/** A password that breaks {@link PasswordPolicy} (or repeats the current one); nothing was changed. */
public class PasswordRejected extends RuntimeException {

    private final transient List<PasswordPolicy.Problem> problems;

    public PasswordRejected(List<PasswordPolicy.Problem> problems) {
        super("password rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PasswordPolicy.Problem> problems() {
        return problems;
    }
}
