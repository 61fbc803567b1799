package com.marginportal.workflow;

import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.marginportal.administration.AdvisorHandover;
import com.marginportal.client.ClientBulkActions;
import com.marginportal.client.ClientFilter;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.StaffWorkload;
import com.marginportal.security.UserSummary;
import com.marginportal.workflow.CaseHolderLists.Advisor;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A seeded random scenario of everything that moves a case in handling between advisors, interleaved: the board's
 * reassignment (one case, and the bulk form over an advisor's cases), bulk client reassignments (one client, or all of
 * an advisor's), advisors' handovers, advisors taking a task from the pool, contacts that create the next advisor task,
 * and scans. After every step, for every open case, its advisor is the same in every list and holds its open advisor
 * task ({@link CaseHolderLists}), and it is the advisor the rule names ({@link HolderModel}). The advisors are new
 * ones of branch 1, so their lists hold only this scenario's cases.
 * <p>{@code -Dholders.seed=N} replays a run (the seed is printed at the start and in a failure);
 * {@code -Dholders.seed=random} draws a new one; {@code -Dholders.steps=N} sizes it.
 */
class CaseHolderScenarioModuleIT extends WorkflowModuleSupport {

    /** The scenario {@code ./mvnw verify} runs. */
    static final long CI_SEED = 20261206L;
    private static final int ACCOUNTS = 5;
    private static final int ADVISORS = 4;
    private static final ContactForm REACHED = new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH, null, "明日补足");

    @Autowired
    CaseActions actions;
    @Autowired
    ClientBulkActions clients;
    @Autowired
    AdvisorHandover handover;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    RiskCaseQueries riskCases;
    @Autowired
    CaseBoard board;
    @Autowired
    TaskInbox inbox;
    @Autowired
    CaseHistories histories;
    @Autowired
    StaffWorkload workload;

    private final HolderModel model = new HolderModel();
    private final List<String> log = new ArrayList<>();
    private final List<Advisor> advisors = new ArrayList<>();
    private Random random;
    private CaseHolderLists lists;

    @Test
    void everyListAgreesWithTheTaskHolderAfterEveryMove() {
        String property = System.getProperty("holders.seed", "").strip();
        long seed = property.isEmpty() ? CI_SEED : "random".equals(property) ? new Random().nextLong() : Long.parseLong(property);
        System.out.println("[holders] seed " + seed + " (replay with -Dholders.seed=" + seed + ")");
        random = new Random(seed);
        lists = new CaseHolderLists(this, jdbc, riskCases, board, inbox, taskService, runtime, workload, histories);
        openCases();
        check(seed, "opened");
        int steps = Integer.getInteger("holders.steps", 24);
        for (int n = 1; n <= steps; n++) {
            String step = step();
            log.add(n + ". " + step);
            check(seed, step);
        }
        System.out.println("[holders] seed " + seed + ": " + steps + " steps, every list agreed");
    }

    /** Advisors of their own, clients spread over them, every account at the margin-call level, one scan. */
    private void openCases() {
        for (int i = 0; i < ADVISORS; i++) {
            String login = "holder" + i + "-" + System.nanoTime() % 1_000_000;
            UserSummary created = as(admin, () -> accounts.create(new NewAccount(login, "测试客户经理", Role.ADVISOR,
                    branch.id(), null, null, "Margin-2026x")));
            advisors.add(new Advisor(created.id(), created.username()));
        }
        List<BreachFixture> fixtures = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            BreachFixture fixture = anotherAccount();
            jdbc.sql("UPDATE client SET advisor_id = ? WHERE id = ?").params(pick(advisors).id(), fixture.clientId).update();
            fixture.price("8.90");
            fixtures.add(fixture);
        }
        scan();
        for (BreachFixture fixture : fixtures) {
            long caseId = fixture.openCaseId();
            String processId = await().atMost(ASYNC).until(() -> jdbc.sql(
                    "SELECT process_instance_id FROM case_process WHERE case_id = ?").param(caseId).query(String.class)
                    .optional().orElse(null), p -> p != null);
            awaitNoAsyncJobs(processId);
            long advisorId = jdbc.sql("SELECT advisor_id FROM client WHERE id = ?").param(fixture.clientId)
                    .query(Long.class).single();
            model.opened(caseId, fixture.clientId, advisors.stream().filter(a -> a.id() == advisorId).findFirst()
                    .orElseThrow());
        }
    }

    private String step() {
        long caseId = pick(model.cases());
        Advisor to = pick(advisors);
        switch (random.nextInt(8)) {
            case 0 -> {
                as(manager, () -> actions.reassign(caseId, to.id()));
                model.given(caseId, to);
                return "board: case " + caseId + " → " + to.username();
            }
            case 1 -> {
                Advisor from = pick(advisors);
                List<Long> held = model.casesHeldBy(from);
                as(manager, () -> actions.reassignAll(new BoardFilter(branch.id(), from.id(), null, null, null, null, null,
                        null, 0), to.id()));
                held.forEach(c -> model.given(c, to));
                return "board, bulk: " + from.username() + "'s cases " + held + " → " + to.username();
            }
            case 2 -> {
                long client = model.clientOf(caseId);
                as(manager, () -> clients.reassignAdvisor(ClientFilter.NONE.withText(Long.toString(client)), to.id()));
                model.clientMoved(client, to);
                return "clients: client " + client + " → " + to.username();
            }
            case 3 -> {
                Advisor from = model.clientAdvisor(model.clientOf(caseId));
                List<Long> moved = model.clientsOf(from);
                as(manager, () -> clients.reassignAdvisor(ClientFilter.NONE.withAdvisor(from.id()), to.id()));
                moved.forEach(c -> model.clientMoved(c, to));
                return "clients: " + from.username() + "'s clients " + moved + " → " + to.username();
            }
            case 4 -> {
                Advisor leaver = model.holder(caseId);
                Advisor successor = advisors.stream().filter(a -> !a.equals(leaver)).toList().get(random.nextInt(ADVISORS - 1));
                List<Long> heldCases = model.casesHeldBy(leaver);
                List<Long> heldClients = model.clientsOf(leaver);
                as(admin, () -> handover.handOver(leaver.id(), successor.id(), false));
                heldClients.forEach(c -> model.clientMoved(c, successor));
                heldCases.forEach(c -> model.given(c, successor));
                return "handover: " + leaver.username() + " (cases " + heldCases + ", clients " + heldClients + ") → "
                        + successor.username();
            }
            case 5 -> {
                Task task = advisorTask(caseId);
                as(model.holder(caseId).username(), () -> inbox.unclaim(task.getId()));
                as(to.username(), () -> inbox.claim(task.getId()));
                model.given(caseId, to);
                return "pool: " + task.getTaskDefinitionKey() + " of case " + caseId + " taken by " + to.username();
            }
            case 6 -> {
                Task task = advisorTask(caseId);
                if (!"contactClient".equals(task.getTaskDefinitionKey())) {
                    return "contact: case " + caseId + " is in follow-up already";
                }
                as(model.holder(caseId).username(), () -> caseTasks.completeContact(task.getId(), REACHED));
                return "contact: case " + caseId + " reached, follow-up";
            }
            default -> {
                scan();
                return "scan";
            }
        }
    }

    private void check(long seed, String step) {
        List<String> wrong = new ArrayList<>();
        for (long caseId : model.cases()) {
            wrong.addAll(lists.disagreements(caseId, model.holder(caseId), advisors));
        }
        wrong.addAll(lists.workloads(model.openCasesBy(advisors)));
        if (!wrong.isEmpty()) {
            throw new AssertionError("seed " + seed + " (replay with -Dholders.seed=" + seed + "), after " + step
                    + ":\n  " + String.join("\n  ", wrong) + "\nsteps:\n  " + String.join("\n  ", log));
        }
    }

    private Task advisorTask(long caseId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(caseId))
                .taskDefinitionKeys(CaseHolderLists.ADVISOR_TASKS).singleResult();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
