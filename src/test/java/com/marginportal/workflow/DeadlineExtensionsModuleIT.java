package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.marginportal.TimeConfiguration;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeType;
import com.marginportal.support.SimulatedClock;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A margin call's deadline can be extended while it runs — before the client is reached, while a retry waits, and in
 * the top-up period — one case from the board, or every case of the board's filter by some trading days (a
 * market-stress day's relief). Each moves the timers that wait for the deadline and tells the client.
 */
class DeadlineExtensionsModuleIT extends WorkflowModuleSupport {

    private static final ContactForm REACHED = new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH, null, "明日补足");
    private static final ContactForm NOT_REACHED = new ContactForm(Channel.PHONE, false, null, null, "无人接听");

    @Autowired
    private DeadlineExtensions extensions;
    @Autowired
    private BulkExtensions bulk;
    @Autowired
    private CaseActions caseActions;

    @AfterEach
    void backToRealTime() {
        SimulatedClock.reset();
    }

    @Test
    void aMarginCallNotYetReachedIsExtendedAndItsDeadlineTimerMoves() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        Instant held = deadline(p);
        LocalDate day = calendars.calendar().deadline(held, 1).toLocalDate();
        String tooLong = "资".repeat(1001);
        assertThatThrownBy(() -> as(manager, () -> extensions.extend(caseId, day, tooLong)))
                .as("a reason longer than its column: refused in words")
                .isInstanceOfSatisfying(CaseActionException.class, e -> assertThat(e.reason()).isEqualTo("reasonLength"));
        assertThatThrownBy(() -> as(manager, () -> caseActions.close(caseId, tooLong)))
                .isInstanceOfSatisfying(CaseActionException.class, e -> assertThat(e.reason()).isEqualTo("reasonLength"));
        assertThat(deadline(p)).as("nothing changed").isEqualTo(held);

        as(manager, () -> extensions.extend(caseId, day, "客户出差，资金周一到账"));

        Instant extended = calendars.calendar().deadline(held, 1).toInstant();
        assertThat(deadline(p)).isEqualTo(extended);
        assertThat(timerDue(p, "contactDeadline")).as("the managers decide at the new deadline, not the old")
                .isEqualTo(extended);
        assertThat(task(p.getId(), "contactClient").getAssignee()).as("the advisor keeps her call")
                .isEqualTo(advisor);
        assertThat(notices(caseId)).filteredOn(n -> n.type() == NoticeType.EXTENSION).singleElement()
                .satisfies(n -> assertThat(n.textBody()).as("from the deadline the margin call told")
                        .contains("期限由 " + shown(held) + "（北京时间） 延长至 " + shown(extended)));

        BreachFixture warned = account = anotherAccount();
        long warning = Long.parseLong(breachAt("9.50").getBusinessKey());
        assertThatThrownBy(() -> as(manager, () -> extensions.extend(warning, day, "x")))
                .as("a warning named no deadline").isInstanceOfSatisfying(CaseActionException.class,
                        e -> assertThat(e.reason()).isEqualTo("noDeadline"));
        assertThat(warned.openCaseId()).isEqualTo(warning);
    }

    /** A retry held back to the deadline (the interval would have passed it) comes at its time once it is extended. */
    @Test
    void aRetryHeldBackToTheOldDeadlineComesAtItsTimeAfterAnExtension() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        Instant held = deadline(p);
        SimulatedClock.freeze(held.minus(10, ChronoUnit.MINUTES));
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), NOT_REACHED));
        assertThat(timerDue(p, "retryWait")).isEqualTo(held);

        as(manager, () -> extensions.extend(caseId, calendars.calendar().deadline(held, 1).toLocalDate(), "资金在途"));

        assertThat(timerDue(p, "retryWait")).as("the retry interval after the call, no longer cut at the old deadline")
                .isAfter(held).isBefore(calendars.calendar().deadline(held, 1).toInstant());
    }

    @Test
    void aBulkExtensionMovesEveryRunningDeadlineOfTheFilterOnceAndTellsEachClient() throws Exception {
        ProcessInstance contacting = breachInBranch("8.90");
        ProcessInstance followingUp = breachInBranch("8.90");
        as(advisor, () -> caseTasks.completeContact(task(followingUp.getId(), "contactClient").getId(), REACHED));
        ProcessInstance warning = breachInBranch("9.50");
        Map<ProcessInstance, Instant> held = Map.of(contacting, deadline(contacting), followingUp, deadline(followingUp),
                warning, deadline(warning));
        BoardFilter all = BoardFilter.DEFAULT.openOnly();

        assertThat(as(manager, () -> bulk.running(all))).as("the two margin calls, not the warning").isEqualTo(2);
        // refused at once, in the caller's thread, before anything runs in the background
        assertThatThrownBy(() -> as(manager, () -> bulk.extendAllInBackground(all, 0, "监管要求顺延", n -> { })))
                .isInstanceOf(CaseActionException.class);
        assertThatThrownBy(() -> as(manager, () -> bulk.extendAllInBackground(all, 1, " ", n -> { })))
                .isInstanceOf(CaseActionException.class);
        assertThatThrownBy(() -> as(advisor, () -> bulk.extendAllInBackground(all, 1, "监管要求顺延", n -> { })))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(deadline(contacting)).as("a refused extension changes nothing").isEqualTo(held.get(contacting));

        List<Integer> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        BulkExtension done = as(manager, () -> bulk.extendAllInBackground(all, 2, "监管要求顺延", progress::add))
                .get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(progress).as("as the caller, in her scope, counting each case").containsExactly(1, 2);

        assertThat(done.extended()).isEqualTo(2);
        assertThat(done.notExtended()).isZero();
        for (ProcessInstance p : List.of(contacting, followingUp)) {
            Instant extended = calendars.calendar().deadline(held.get(p), 2).toInstant();
            assertThat(deadline(p)).as("two trading days after its own deadline").isEqualTo(extended);
            assertThat(notices(Long.parseLong(p.getBusinessKey()))).filteredOn(n -> n.type() == NoticeType.EXTENSION)
                    .extracting(NoticeRecord::textBody).singleElement().asString().contains(shown(extended));
        }
        assertThat(timerDue(followingUp, "deadlineReached")).isEqualTo(deadline(followingUp));
        assertThat(task(followingUp.getId(), "followUp").getDueDate().toInstant()).isEqualTo(deadline(followingUp));
        assertThat(deadline(warning)).as("a warning is left as it was").isEqualTo(held.get(warning));
        assertThat(notices(Long.parseLong(warning.getBusinessKey()))).noneMatch(n -> n.type() == NoticeType.EXTENSION);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_EXTEND_BULK' AND username = ?")
                .param(manager).query(Long.class).single()).isOne();

        Instant once = deadline(contacting);
        BulkExtension again = as(manager, () -> bulk.extendAll(all, 1, "再次顺延"));
        assertThat(again.extended()).as("one extension a case (max-extensions)").isZero();
        assertThat(again.refused()).isEqualTo(Map.of(BulkExtension.EXTENSIONS_USED, 2));
        assertThat(deadline(contacting)).isEqualTo(once);
    }

    /**
     * Two managers of one branch (two nodes: each node runs its own bulk) extend the same cases at the same moment:
     * each case is extended once — one extension, one notice, one trading day — and the other manager is told it
     * was not (changed meanwhile, or no extension left).
     */
    @Test
    void twoManagersExtendingTheSameCasesAtOnceExtendEachOnce() throws Exception {
        String secondManager = staff.named(manager + "2", "MANAGER", branch.id());
        List<ProcessInstance> calls = List.of(breachInBranch("8.90"), breachInBranch("8.90"), breachInBranch("8.90"));
        Map<ProcessInstance, Instant> held = new java.util.HashMap<>();
        calls.forEach(p -> held.put(p, deadline(p)));
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<BulkExtension>> runs = new java.util.ArrayList<>();
            for (String either : List.of(manager, secondManager)) {
                runs.add(nodes.submit(() -> as(either, () -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return bulk.extendAll(BoardFilter.DEFAULT.openOnly(), 1, "监管要求顺延");
                })));
            }
            int extended = 0;
            int notExtended = 0;
            for (var run : runs) {
                BulkExtension done = run.get(120, java.util.concurrent.TimeUnit.SECONDS);
                extended += done.extended();
                notExtended += done.notExtended();
            }
            assertThat(extended).as("each case by one of them").isEqualTo(3);
            assertThat(notExtended).as("and refused to the other").isEqualTo(3);
        } finally {
            nodes.shutdownNow();
        }
        for (ProcessInstance p : calls) {
            assertThat(deadline(p)).as("one trading day, not two").isEqualTo(calendars.calendar().deadline(held.get(p), 1)
                    .toInstant());
            assertThat(runtime.getVariable(p.getId(), "extensions")).isEqualTo(1);
            assertThat(notices(Long.parseLong(p.getBusinessKey()))).filteredOn(n -> n.type() == NoticeType.EXTENSION)
                    .hasSize(1);
        }
    }

    /** A new account of the branch's first advisor at this price, scanned; its process. */
    private ProcessInstance breachInBranch(String price) {
        account = anotherAccount();
        return breachAt(price);
    }

    private Instant deadline(ProcessInstance p) {
        return ((Date) runtime.getVariable(p.getId(), "deadline")).toInstant();
    }

    private Instant timerDue(ProcessInstance p, String activityId) {
        return management.createTimerJobQuery().processInstanceId(p.getId()).list().stream()
                .filter(j -> activityId.equals(j.getElementId())).findFirst().orElseThrow().getDuedate().toInstant();
    }

    private static String shown(Instant deadline) {
        return DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(TimeConfiguration.MARKET_ZONE).format(deadline);
    }
}
