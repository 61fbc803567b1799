package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.marginportal.workflow.ContactOutlook.Next;

import org.junit.jupiter.api.Test;

/** What saving a contact task leads to, by the process's gateways ("Reached?", "Attempts left?"). */
class ContactOutlookTest {

    private static final Instant RETRY = Instant.parse("2026-11-25T02:30:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-27T07:00:00Z");

    @Test
    void notReachedWithAttemptsLeftIsContactedAgain() {
        assertThat(new ContactOutlook("WARNING", 1, 3, RETRY, DEADLINE).next(false)).isEqualTo(Next.RETRY);
        assertThat(new ContactOutlook("MARGIN_CALL", 2, 3, RETRY, DEADLINE).next(false)).isEqualTo(Next.RETRY);
    }

    @Test
    void notReachedOnTheLastAttemptGoesToTheManagers() {
        assertThat(new ContactOutlook("MARGIN_CALL", 3, 3, RETRY, DEADLINE).next(false)).isEqualTo(Next.TO_MANAGER);
        assertThat(new ContactOutlook("WARNING", 1, 1, RETRY, DEADLINE).next(false)).isEqualTo(Next.TO_MANAGER);
    }

    /** The retry waits until the deadline at most: a margin call's client not reached then goes to the managers. */
    @Test
    void notReachedWithNoCallLeftBeforeTheDeadlineGoesToTheManagersOnTheDeadline() {
        assertThat(new ContactOutlook("MARGIN_CALL", 1, 3, DEADLINE, DEADLINE).next(false))
                .isEqualTo(Next.TO_MANAGER_AT_DEADLINE);
        assertThat(new ContactOutlook("WARNING", 1, 3, DEADLINE, DEADLINE).next(false)).as("a warning has no deadline")
                .isEqualTo(Next.RETRY);
    }

    @Test
    void reachedFollowsUpAMarginCallAndAwaitsTheRestorationOfAWarning() {
        assertThat(new ContactOutlook("MARGIN_CALL", 1, 3, RETRY, DEADLINE).next(true)).isEqualTo(Next.FOLLOW_UP);
        assertThat(new ContactOutlook("WARNING", 3, 3, RETRY, DEADLINE).next(true)).isEqualTo(Next.AWAIT_RESTORATION);
    }
}
