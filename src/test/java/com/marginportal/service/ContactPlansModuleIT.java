package com.marginportal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.ClientActivity;
import com.marginportal.client.ClientActivityQuery;
import com.marginportal.client.NewContact;
import com.marginportal.risk.RiskFixture;
import com.marginportal.service.domain.PlanDraft;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A contact plan on MariaDB with the run's time under the test's control: a task when the client is due, none twice,
 * the recorded contact feeds the "needs" classification, the next task only after the interval.
 */
class ContactPlansModuleIT extends ServiceModuleSupport {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    private ContactPlans plans;
    @Autowired
    private ContactPlanRun run;
    @Autowired
    private ContactTasks tasks;
    @Autowired
    private ClassificationService classifications;
    @Autowired
    private ClientActivityQuery activity;
    @Autowired
    private Clock clock;

    private RiskFixture client;
    private ContactPlan plan;

    /**
     * A passive client (a manager's override) with a ratio of 142.86%, and a weekly plan for PASSIVE below 200%. (Not
     * the risk level: a HIGH client would be held to the stricter high-risk lines and breach in other tests' scans.)
     */
    @BeforeEach
    void aPassiveClientAndAWeeklyPlan() {
        client = newClient();
        ratio("1.4286");
        as(branch.manager(), () -> classifications.override(client.clientId, Dimension.NEEDS, "PASSIVE", "测试：依赖客户经理", null));
        plan = as(admin, () -> plans.create(new PlanDraft("周度沟通 " + client.clientId, Dimension.NEEDS, "PASSIVE",
                new BigDecimal("2.0000"), 7, true)));
    }

    @Test
    void aTaskWhenDueNoneTwiceAndTheNextOnlyAfterTheInterval() {
        Instant now = clock.instant();
        PlanRunResult first = run.runAt(now);
        assertThat(first.created()).isPositive();
        ContactTask task = openTask().orElseThrow();
        assertThat(task.advisorId()).isEqualTo(userId(branch.advisor(1)));
        assertThat(task.planName()).isEqualTo(plan.definition().name());
        assertThat(task.lastContactAt()).as("never contacted").isNull();
        assertThat(task.dueAt()).isAfter(now);

        assertThat(run.runAt(now).created()).as("a second run at the same time creates nothing").isZero();
        assertThat(tasksOfClient()).hasSize(1);

        ContactTask attempted = as(branch.advisor(1), () -> tasks.recordContact(task.id(),
                new NewContact("PHONE", false, "定期沟通", "无人接听")));
        assertThat(attempted.status()).as("not reached: still open").isEqualTo(ContactTask.Status.OPEN);
        assertThat(attempted.attempts()).isOne();
        ContactTask done = as(branch.advisor(1), () -> tasks.recordContact(task.id(),
                new NewContact("WECHAT", true, "定期沟通", "提示控制融资规模，客户同意减仓")));
        assertThat(done.status()).isEqualTo(ContactTask.Status.DONE);
        assertThat(done.contactId()).isNotNull();
        assertThat(done.closedBy()).isEqualTo(branch.advisor(1));

        Instant contactedAt = jdbc.sql("SELECT contacted_at FROM contact_record WHERE id = ?").param(done.contactId())
                .query(LocalDateTime.class).single().toInstant(ZoneOffset.UTC);
        assertThat(jdbc.sql("SELECT direction FROM contact_record WHERE id = ?").param(done.contactId())
                .query(String.class).single()).isEqualTo("ADVISOR_INITIATED");
        ClientActivity facts = activityOf(contactedAt.minusSeconds(3600));
        assertThat(facts.contacts()).isEqualTo(2);
        assertThat(facts.advisorInitiatedContacts()).as("both attempts count for the needs classification").isEqualTo(2);

        LocalDate contactDay = contactedAt.atZone(SHANGHAI).toLocalDate();
        Instant lastMomentBefore = contactDay.plusDays(7).atStartOfDay(SHANGHAI).toInstant().minusSeconds(1);
        run.runAt(now);
        run.runAt(lastMomentBefore);
        assertThat(openTask()).as("within the interval").isEmpty();

        run.runAt(contactDay.plusDays(7).atStartOfDay(SHANGHAI).toInstant());
        ContactTask next = openTask().orElseThrow();
        assertThat(next.id()).isNotEqualTo(task.id());
        assertThat(next.lastContactAt()).isEqualTo(contactedAt);
        assertThat(tasksOfClient()).hasSize(2);
    }

    @Test
    void aDailyPlansTaskIsDueTheSameServiceDaySoTheDailyRhythmHolds() {
        ContactPlan daily = as(admin, () -> plans.create(new PlanDraft("每日沟通 " + client.clientId, Dimension.NEEDS,
                "PASSIVE", null, 1, true)));
        run.runAt(LocalDateTime.parse("2026-12-01T08:00").atZone(SHANGHAI).toInstant());
        assertThat(tasksOf(daily.id())).singleElement().satisfies(t -> assertThat(t.dueAt())
                .as("due Tuesday at the end of the service day, not after the given two trading days")
                .isEqualTo(LocalDateTime.parse("2026-12-01T17:00").atZone(SHANGHAI).toInstant()));
        assertThat(tasksOf(plan.id())).singleElement().satisfies(t -> assertThat(t.dueAt())
                .as("the weekly plan's task keeps its two trading days")
                .isEqualTo(LocalDateTime.parse("2026-12-03T17:00").atZone(SHANGHAI).toInstant()));
    }

    @Test
    void oneConversationFulfilsTheTasksOfEveryPlanOfTheClient() {
        ContactPlan monthly = as(admin, () -> plans.create(new PlanDraft("月度沟通 " + client.clientId,
                Dimension.NEEDS, "PASSIVE", null, 30, true)));
        run.runAt(clock.instant());
        List<ContactTask> open = tasksOf(monthly.id(), plan.id());
        assertThat(open).hasSize(2).allMatch(t -> t.status() == ContactTask.Status.OPEN);

        ContactTask done = as(branch.advisor(1), () -> tasks.recordContact(open.get(0).id(),
                new NewContact("IN_PERSON", true, "面谈：持仓与风险", null)));
        assertThat(tasksOf(monthly.id(), plan.id())).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(ContactTask.Status.DONE);
            assertThat(t.contactId()).isEqualTo(done.contactId());
        });
        assertThat(run.runAt(clock.instant()).created()).isZero();
    }

    @Test
    void aTaskIsDoneByItselfWhenTheClientWasReachedOutsideThePlan() {
        run.runAt(clock.instant());
        ContactTask task = openTask().orElseThrow();
        jdbc.sql("""
                INSERT INTO contact_record (client_id, advisor_id, contacted_at, channel, direction, reached, subject)
                VALUES (?, NULL, ?, 'PHONE', 'CLIENT_INITIATED', TRUE, '客户来电咨询')""")
                .params(client.clientId, java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .update();
        PlanRunResult result = run.runAt(clock.instant());
        assertThat(result.fulfilled()).isPositive();
        assertThat(as(branch.advisor(1), () -> tasks.forClient(client.clientId))).filteredOn(t -> t.id() == task.id())
                .singleElement().satisfies(t -> {
                    assertThat(t.status()).isEqualTo(ContactTask.Status.DONE);
                    assertThat(t.closedBy()).isEqualTo("system");
                });
    }

    @Test
    void aClientWhoLeavesThePlanHasTheOpenTaskCancelled() {
        run.runAt(clock.instant());
        ContactTask task = openTask().orElseThrow();
        ratio("2.5000");
        run.runAt(clock.instant());
        assertThat(openTask()).isEmpty();
        assertThat(as(branch.advisor(1), () -> tasks.forClient(client.clientId))).filteredOn(t -> t.id() == task.id())
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(ContactTask.Status.CANCELLED));
        assertThatThrownBy(() -> as(branch.advisor(1), () -> tasks.recordContact(task.id(),
                new NewContact("PHONE", true, "定期沟通", null)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheAdvisorsScopeActsOnATaskAndOnlyAdminsEditPlans() {
        run.runAt(clock.instant());
        ContactTask task = openTask().orElseThrow();
        assertThatThrownBy(() -> as(otherBranch.advisor(1), () -> tasks.recordContact(task.id(),
                new NewContact("PHONE", true, "定期沟通", null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(otherBranch.advisor(1), () -> tasks.open(0, Integer.MAX_VALUE))).extracting(ContactTask::id).doesNotContain(task.id());
        assertThat(as(branch.manager(), () -> tasks.open(0, Integer.MAX_VALUE))).extracting(ContactTask::id).contains(task.id());
        assertThatThrownBy(() -> as(branch.manager(), () -> plans.plans())).isInstanceOf(AccessDeniedException.class);

        ContactPlan off = as(admin, () -> plans.update(plan.id(), plan.version(), new PlanDraft(plan.definition().name(),
                Dimension.NEEDS, "PASSIVE", new BigDecimal("2.0000"), 7, false)));
        assertThat(off.version()).isEqualTo(plan.version() + 1);
        assertThatThrownBy(() -> as(admin, () -> plans.update(plan.id(), plan.version(), plan.definition())))
                .as("saved from a stale version").isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        run.runAt(clock.instant());
        assertThat(openTask()).as("a plan switched off keeps no open task").isEmpty();
    }

    @Test
    void aPlanNameIsTakenOnce() {
        ContactPlan other = as(admin, () -> plans.create(new PlanDraft("月度沟通 " + client.clientId, Dimension.NEEDS,
                "PASSIVE", null, 30, true)));
        assertThatThrownBy(() -> as(admin, () -> plans.create(plan.definition())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
        assertThatThrownBy(() -> as(admin, () -> plans.update(other.id(), other.version(), plan.definition())))
                .as("renamed to a taken name").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
        assertThat(as(admin, () -> plans.plans())).filteredOn(p -> p.id() == other.id()).singleElement()
                .satisfies(p -> assertThat(p.definition().name()).isEqualTo("月度沟通 " + client.clientId));
    }

    private java.util.Optional<ContactTask> openTask() {
        return as(branch.advisor(1), () -> tasks.forClient(client.clientId)).stream()
                .filter(t -> t.planId() == plan.id() && t.status() == ContactTask.Status.OPEN).findFirst();
    }

    private List<ContactTask> tasksOf(long... planIds) {
        List<Long> ids = java.util.Arrays.stream(planIds).boxed().toList();
        return as(branch.advisor(1), () -> tasks.forClient(client.clientId)).stream().filter(t -> ids.contains(t.planId()))
                .toList();
    }

    private List<ContactTask> tasksOfClient() {
        return as(branch.advisor(1), () -> tasks.forClient(client.clientId)).stream().filter(t -> t.planId() == plan.id()).toList();
    }

    private void ratio(String ratio) {
        jdbc.sql("UPDATE credit_account SET maintenance_ratio = ?, total_debt = 70000 WHERE id = ?")
                .params(new BigDecimal(ratio), client.accountId).update();
    }

    private ClientActivity activityOf(Instant since) {
        List<ClientActivity> found = new ArrayList<>();
        activity.forEach(since, a -> {
            if (a.clientId() == client.clientId) {
                found.add(a);
            }
        });
        return found.get(0);
    }
}
