package com.marginportal.workflow;

import java.time.Instant;

/**
 * What completing a contact task will lead to, told to the advisor before she saves: the attempt this is (of how
 * many), when the client is contacted again if not reached, and the top-up deadline a reached margin call is
 * followed up to.
 *
 * @param attempt  the attempt being recorded (1-based)
 * @param retryAt  from when the client is called again if not reached and attempts are left (within contact hours,
 *                 a margin call's never after its deadline)
 */
public record ContactOutlook(String level, int attempt, int maxAttempts, Instant retryAt, Instant deadline) {

    public enum Next {
        /** Not reached, attempts left: contacted again from {@code retryAt} (attempt + 1 of max). */
        RETRY,
        /** Not reached on the last attempt: the case goes to the branch managers for a decision. */
        TO_MANAGER,
        /** Not reached, no call left before the top-up deadline: the managers decide on it ({@code deadline}). */
        TO_MANAGER_AT_DEADLINE,
        /** Reached on a margin call: followed up until the top-up deadline. */
        FOLLOW_UP,
        /** Reached on a warning: nothing more to do unless the ratio falls further. */
        AWAIT_RESTORATION
    }

    /**
     * The process's own rule (BPMN gateways "Reached?" and "Attempts left?", the retry's wait and the contact's deadline),
     * stated before the task completes.
     */
    public Next next(boolean reached) {
        if (reached) {
            return "WARNING".equals(level) ? Next.AWAIT_RESTORATION : Next.FOLLOW_UP;
        }
        if (attempt >= maxAttempts) {
            return Next.TO_MANAGER;
        }
        // the retry timer waits until the deadline at most, and on the deadline the managers decide
        boolean noCallBeforeDeadline = !"WARNING".equals(level) && deadline != null && !retryAt.isBefore(deadline);
        return noCallBeforeDeadline ? Next.TO_MANAGER_AT_DEADLINE : Next.RETRY;
    }
}
