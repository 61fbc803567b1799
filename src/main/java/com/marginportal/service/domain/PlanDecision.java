package com.marginportal.service.domain;

/** What a contact plan run does for one client of the plan's segment. */
public enum PlanDecision {
    /** The last contact is at least the interval ago (or there was none): a task for the advisor. */
    CREATE_TASK,
    /** Contacted recently enough. */
    NOT_DUE,
    /** A task of this plan is still open for the client: never a second one. */
    TASK_OPEN,
    /** A task is open, but the client was reached since (for another plan, or they called): the task is fulfilled. */
    TASK_FULFILLED,
    /** The ratio condition is not met (e.g. the ratio is back above 200%, or there is no debt). */
    OUT_OF_PLAN
}
