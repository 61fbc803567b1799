package com.marginportal.workflow;

import java.util.Arrays;

/**
 * A board action that was refused; nothing was changed. {@code reason} names why (the UI words it as
 * "board.error.&lt;reason&gt;" with the arguments), the message carries both for the logs.
 */
public class CaseActionException extends RuntimeException {

    private final String reason;
    private final transient Object[] args;

    public CaseActionException(String reason, Object... args) {
        super(reason + " " + Arrays.toString(args));
        this.reason = reason;
        this.args = args.clone();
    }

    public String reason() {
        return reason;
    }

    public Object[] args() {
        return args.clone();
    }
}
