package com.marginportal.home;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.marginportal.risk.RiskScanService;
import com.marginportal.support.IntegrationTest;
import com.marginportal.workflow.InboxFilter;
import com.marginportal.support.SignedIn;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The one task list on MariaDB: both kinds together, in each user's scope, by urgency, counted once. */
class WorkListIT extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private TaskService taskService;
    @Autowired
    private WorkList workList;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Clock clock;

    private TaskFixture fixture;

    @BeforeEach
    void bothKindsForAdvisor1() {
        fixture = new TaskFixture(jdbc, scanner, taskService, clock.instant());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAdvisorHasBothKindsInTheirOwnListByUrgency() {
        Lists lists = as("advisor1", this::lists);
        List<String> mine = ids(lists.mine());
        String breach = "BREACH_TASK:" + fixture.breachTask.getId();
        String overdue = "CONTACT_PLAN:" + fixture.overdueContact;
        String later = "CONTACT_PLAN:" + fixture.laterContact;
        assertThat(mine).contains(breach, overdue, later);
        assertThat(mine.indexOf(overdue)).as("overdue first").isLessThan(mine.indexOf(breach));
        assertThat(mine.indexOf(breach)).as("the breach task is due within days").isLessThan(mine.indexOf(later));
        assertThat(lists.mine()).isSortedAccordingTo(WorkItem.BY_URGENCY);
        assertThat(ids(lists.overdue())).contains(overdue).doesNotContain(later, breach);
        assertThat(ids(lists.group())).as("nothing of theirs is the group's").doesNotContain(breach, overdue, later);
        assertThat(lists.counts()).as("the tabs count what the lists hold").isEqualTo(new TaskCounts(
                lists.mine().size(), lists.group().size(), lists.overdue().size()));

        WorkItem contact = lists.mine().stream().filter(t -> t.id().equals(Long.toString(fixture.overdueContact)))
                .findFirst().orElseThrow();
        assertThat(contact.holderName()).isEqualTo(displayName("advisor1")).isNotEqualTo("advisor1");
        assertThat(contact.link()).isEqualTo("service?contactTask=" + fixture.overdueContact);
        assertThat(contact.detail()).startsWith("测试计划");
        assertThat(contact.isUnclaimed()).isFalse();
    }

    @Test
    void anotherAdvisorSeesNoneOfItAndTheManagersOnlyTheirBranch() {
        long branch2Contact = fixture.contact(2, fixture.userId("advisor5"), clock.instant().plus(Duration.ofDays(2)));
        String overdue = "CONTACT_PLAN:" + fixture.overdueContact;
        String other = "CONTACT_PLAN:" + branch2Contact;

        Lists advisor2 = as("advisor2", this::lists);
        assertThat(ids(advisor2.mine())).doesNotContain(overdue, other, "BREACH_TASK:" + fixture.breachTask.getId());
        assertThat(ids(advisor2.group())).doesNotContain(overdue, other);

        Lists manager1 = as("manager1", this::lists);
        assertThat(ids(manager1.mine())).doesNotContain(overdue);
        assertThat(ids(manager1.group())).as("the branch's contacts, held by their advisor").contains(overdue)
                .doesNotContain(other);
        assertThat(manager1.group().stream().filter(t -> t.id().equals(Long.toString(fixture.overdueContact)))
                .findFirst().orElseThrow().holderName()).isEqualTo(displayName("advisor1"));
        assertThat(ids(manager1.overdue())).contains(overdue);

        Lists manager2 = as("manager2", this::lists);
        assertThat(ids(manager2.group())).contains(other).doesNotContain(overdue);
    }

    /** Every task of each tab, read as the inbox reads them (a page as long as the list), and the tabs' figures. */
    private record Lists(List<WorkItem> mine, List<WorkItem> group, List<WorkItem> overdue, TaskCounts counts) {
    }

    private Lists lists() {
        return new Lists(workList.page(WorkList.Tab.MINE, InboxFilter.ANY, 0, Integer.MAX_VALUE / 2),
                workList.page(WorkList.Tab.GROUP, InboxFilter.ANY, 0, Integer.MAX_VALUE / 2),
                workList.page(WorkList.Tab.OVERDUE, InboxFilter.ANY, 0, Integer.MAX_VALUE / 2), workList.counts());
    }

    private static List<String> ids(List<WorkItem> items) {
        return items.stream().map(t -> t.kind() + ":" + t.id()).toList();
    }

    private String displayName(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = ?").param(username).query(String.class).single();
    }

    private <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }
}
