package com.marginportal.risk.domain;

/** The outcome of assessing one account in a scan. {@code breach} is set for OPEN and ESCALATE. */
public record CaseDecision(Action action, Breach breach) {

    public enum Action { NONE, OPEN, ESCALATE, KEEP, RESTORE }

    public static final CaseDecision NONE = new CaseDecision(Action.NONE, null);
    public static final CaseDecision KEEP = new CaseDecision(Action.KEEP, null);
    public static final CaseDecision RESTORE = new CaseDecision(Action.RESTORE, null);

    public static CaseDecision open(Breach breach) {
        return new CaseDecision(Action.OPEN, breach);
    }

    public static CaseDecision escalate(Breach breach) {
        return new CaseDecision(Action.ESCALATE, breach);
    }
}
