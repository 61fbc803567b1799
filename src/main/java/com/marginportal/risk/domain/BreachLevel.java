package com.marginportal.risk.domain;

/** How far below the lines an account is, least severe first. */
public enum BreachLevel {
    WARNING, MARGIN_CALL, LIQUIDATION;

    public boolean isWorseThan(BreachLevel other) {
        return other == null || compareTo(other) > 0;
    }
}
