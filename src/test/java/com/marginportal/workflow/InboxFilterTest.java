package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class InboxFilterTest {

    private static final InboxTask TASK = new InboxTask("t1", "contactClient", "Contact client", 7, 10000123, 3,
            "MARGIN_CALL", "MAINTENANCE_RATIO", Instant.EPOCH, null, "advisor1", null);

    @Test
    void anEmptyFilterMatchesEveryTask() {
        assertThat(InboxFilter.ANY.matches(TASK, "王芳")).isTrue();
        assertThat(new InboxFilter(null, "  ", null).matches(TASK, null)).isTrue();
    }

    @Test
    void levelAndBranchMustBeEqual() {
        assertThat(new InboxFilter("MARGIN_CALL", null, 3L).matches(TASK, "王芳")).isTrue();
        assertThat(new InboxFilter("WARNING", null, null).matches(TASK, "王芳")).isFalse();
        assertThat(new InboxFilter(null, null, 4L).matches(TASK, "王芳")).isFalse();
    }

    /** As in the client list: digits are the client number, exactly (the inbox filters in the database). */
    @Test
    void theClientMatchesByPartOfTheNameOrTheNumber() {
        assertThat(new InboxFilter(null, "王", null).matches(TASK, "王芳")).isTrue();
        assertThat(new InboxFilter(null, " 10000123 ", null).matches(TASK, "王芳")).isTrue();
        assertThat(new InboxFilter(null, "0123", null).matches(TASK, "王芳")).isFalse();
        assertThat(new InboxFilter(null, "99999999999999999999", null).matches(TASK, "王芳")).isFalse();
        assertThat(new InboxFilter(null, "李", null).matches(TASK, "王芳")).isFalse();
        assertThat(new InboxFilter(null, "李", null).matches(TASK, null)).isFalse();
    }
}
