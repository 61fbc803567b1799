package com.marginportal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.marginportal.home.domain.AgendaItem;
import com.marginportal.workflow.InboxTask;

import org.junit.jupiter.api.Test;

/**
 * The inbox's order agrees with its sources' database order: Flowable orders equal due times by creation, and its
 * time-based task ids do not sort by creation (their first part wraps), so a tie must not be broken by id.
 */
class WorkItemOrderTest {

    private static final Instant DUE = Instant.parse("2026-12-07T07:00:00Z");

    @Test
    void aPageMergedFromTheSourcesIsSortedByUrgency() {
        List<WorkItem> breach = List.of(breach("f75b3bb1-f138", "2026-12-06T05:50:39Z", "1.3132"),
                breach("1af7bfd1-f139", "2026-12-06T05:51:39Z", "1.3132"));
        List<WorkItem> contacts = List.of(contact("10", DUE.minusSeconds(60)), contact("9", DUE));
        List<MergedPages.Source<WorkItem>> sources = List.of(n -> breach, n -> contacts);

        List<WorkItem> page = MergedPages.page(sources, WorkItem.BY_URGENCY, 0, 10);

        assertThat(page).extracting(WorkItem::id).containsExactly("10", "f75b3bb1-f138", "1af7bfd1-f139", "9");
        assertThat(page).isSortedAccordingTo(WorkItem.BY_URGENCY);
    }

    /** Due together: the account most at risk first, whenever its task was created; no debt (no ratio) last. */
    @Test
    void breachTasksDueTogetherPutTheLowestRatioFirst() {
        List<WorkItem> tasks = new java.util.ArrayList<>(List.of(breach("a", "2026-12-06T05:50:00Z", "1.4919"),
                breach("b", "2026-12-06T05:51:00Z", null), breach("c", "2026-12-06T05:52:00Z", "1.3132"),
                breach("d", "2026-12-06T05:53:00Z", "1.44710")));

        tasks.sort(WorkItem.BY_URGENCY);

        assertThat(tasks).extracting(WorkItem::id).containsExactly("c", "d", "a", "b");
    }

    private static WorkItem breach(String id, String created, String ratio) {
        InboxTask task = new InboxTask(id, "contactClient", "Contact client", 1, 1, 1, "WARNING", "MAINTENANCE_RATIO",
                Instant.parse(created), DUE, "advisor1", ratio == null ? null : new java.math.BigDecimal(ratio));
        return new WorkItem(AgendaItem.Kind.BREACH_TASK, id, 1, 1, "task.contactClient", null, null, "WARNING", DUE,
                null, "tasks?task=" + id, task);
    }

    private static WorkItem contact(String id, Instant due) {
        return new WorkItem(AgendaItem.Kind.CONTACT_PLAN, id, 1, 1, "myDay.kind.CONTACT_PLAN", null, null, null, due,
                null, "service?contactTask=" + id, null);
    }
}
