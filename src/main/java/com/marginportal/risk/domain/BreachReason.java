package com.marginportal.risk.domain;

/** Which line was crossed: the maintenance ratio fell below a line, or financing debt ÷ assets rose above one. */
public enum BreachReason {
    MAINTENANCE_RATIO, FINANCING_RATIO
}
