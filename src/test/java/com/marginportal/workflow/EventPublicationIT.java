package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import com.marginportal.OutstandingEvents;
import com.marginportal.importing.AffectedClients;
import com.marginportal.importing.DataImported;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;
import com.marginportal.importing.ImportStatus;
import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.BreachEscalated;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.AnotherNode;
import com.marginportal.support.SimulatedClock;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Risk events survive what used to lose them (Event Publication Registry, docs/architecture.md "Events"): the scan's
 * events are stored with its cases, and a publication is completed only once the process start committed. A node
 * that dies between the scan's commit and the start leaves the publication outstanding, and it is delivered again
 * (OutstandingEvents): exactly one process. A second delivery of the same event changes nothing.
 */
@RecordApplicationEvents
class EventPublicationIT extends WorkflowTestSupport {

    private static final Duration PAST_RESUBMIT_AFTER = Duration.ofMinutes(3);

    @Autowired
    private OutstandingEvents outstandingEvents;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private ApplicationEventPublisher publisher;
    @Autowired
    private TransactionTemplate tx;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private EventSerializer serializer;
    @Autowired
    private ImportService imports;

    @AfterEach
    void realTime() {
        SimulatedClock.reset();
    }

    /**
     * Node A scans and commits the case with its BreachDetected; its start waits on A's lane, and A dies before it
     * runs (the lane's thread ends, taking its queue with it, then the context closes). The publication is still
     * there; once it is older than portal.events.resubmit-after, this node delivers it again: one process.
     */
    @Test
    void anEventSurvivesACrashOfItsNodeBetweenTheCommitAndTheStart() {
        account.price("9.50");
        AtomicReference<Thread> laneOfA = new AtomicReference<>();
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext nodeA = startNodeWithOneLane()) {
            CaseLanes lanes = nodeA.getBean(CaseLanes.class);
            CountDownLatch never = new CountDownLatch(1);
            lanes.execute(0, "hold the lane", () -> {
                laneOfA.set(Thread.currentThread());
                try {
                    never.await();
                } catch (InterruptedException crash) {
                    Thread.currentThread().interrupt(); // the lane's loop ends on it, its queue left behind
                }
            });
            nodeA.getBean(RiskScanService.class).scan(ScanTrigger.MANUAL);
            long caseId = account.openCaseId();
            assertThat(outstanding("workflow.breach-detected", caseId)).as("stored with the case").isOne();
            await().atMost(ASYNC).until(() -> laneOfA.get() != null);
            laneOfA.get().interrupt();
            await().atMost(ASYNC).until(() -> !laneOfA.get().isAlive());
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        long caseId = account.openCaseId();
        assertThat(running(caseId)).as("the crash left the case without its process").isZero();
        assertThat(outstanding("workflow.breach-detected", caseId)).as("but not without its event").isOne();

        outstandingEvents.resubmit();
        assertThat(running(caseId)).as("too young to be delivered again: it may still be on its way").isZero();
        SimulatedClock.shift(PAST_RESUBMIT_AFTER);
        assertThat(outstandingEvents.resubmit()).isPositive();

        hasExactlyOneLinkedProcess(caseId);
        assertThat(outstanding("workflow.breach-detected", caseId)).as("completed with the start").isZero();
        outstandingEvents.resubmit();
        hasExactlyOneLinkedProcess(caseId);
    }

    /** The start fails (the process definition is suspended): its publication stays until a delivery succeeds. */
    @Test
    void aFailedStartKeepsItsEventUntilItIsDeliveredAgain() {
        repository.suspendProcessDefinitionByKey(ProcessVariables.PROCESS_KEY);
        try {
            account.price("9.50");
            scan();
        } finally {
            repository.activateProcessDefinitionByKey(ProcessVariables.PROCESS_KEY);
        }
        long caseId = account.openCaseId();
        assertThat(running(caseId)).isZero();
        assertThat(outstanding("workflow.breach-detected", caseId)).isOne();

        SimulatedClock.shift(PAST_RESUBMIT_AFTER);
        outstandingEvents.resubmit();

        hasExactlyOneLinkedProcess(caseId);
        assertThat(outstanding("workflow.breach-detected", caseId)).isZero();
    }

    @Test
    void theSameBreachDetectedTwiceInOneTransactionStartsOneProcessAndCompletesBoth() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        assertThat(outstanding("workflow.breach-detected", caseId)).as("completed by the start").isZero();
        BreachDetected detected = events.stream(BreachDetected.class).filter(e -> e.caseId() == caseId).findFirst()
                .orElseThrow();

        tx.executeWithoutResult(s -> {
            publisher.publishEvent(detected);
            publisher.publishEvent(detected);
        });

        hasExactlyOneLinkedProcess(caseId);
        assertThat(outstanding("workflow.breach-detected", caseId)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE serialized_event LIKE ?")
                .param("%\"caseId\":" + caseId + ",%").query(Long.class).single())
                .as("completed publications are deleted, not kept").isZero();
    }

    /** An escalation delivered again must not start the contact over nor send the margin call twice. */
    @Test
    void anEscalationDeliveredAgainIsIgnored() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        account.price("8.90");
        scan();
        awaitNoAsyncJobs(p.getId());
        BreachEscalated escalated = events.stream(BreachEscalated.class).filter(e -> e.caseId() == caseId)
                .findFirst().orElseThrow();
        List<String> before = path(p.getId());
        int notices = notices(caseId).size();
        assertThat(outstanding("workflow.breach-escalated", caseId)).isZero();

        tx.executeWithoutResult(s -> publisher.publishEvent(escalated));
        awaitNoAsyncJobs(p.getId());

        assertThat(path(p.getId())).isEqualTo(before);
        assertThat(notices(caseId)).hasSize(notices);
        assertThat(runtime.getVariable(p.getId(), ProcessVariables.LEVEL)).isEqualTo("MARGIN_CALL");
        assertThat(outstanding("workflow.breach-escalated", caseId)).isZero();
    }

    /** An import's event is stored until the rescan ran, and must read back as it was (its clients included). */
    @Test
    void anImportsEventIsCompletedByTheRescanAndReadsBackAsItWasStored() {
        String unchanged = jdbc.sql("SELECT CONCAT(code, ',', price, ',', price_date) FROM security_price ORDER BY code"
                + " LIMIT 1").query(String.class).single(); // a demo security at its own price: nothing breaches anew
        byte[] prices = ("code,price,price_date\n" + unchanged + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportResult result = as("admin", () -> imports.importFile(new ImportRequest(ImportKind.PRICES,
                ImportSource.API, "prices.csv", null), () -> new java.io.ByteArrayInputStream(prices)));
        assertThat(result.status()).as(result.message()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(events.stream(DataImported.class).filter(e -> e.batchId() == result.batchId())).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE listener_id = 'risk.import-rescan'")
                .query(Long.class).single()).as("completed when the rescan returned").isZero();

        for (DataImported imported : List.of(new DataImported(ImportKind.POSITIONS, 7, 3, AffectedClients.of(3, 1, 2)),
                new DataImported(ImportKind.PRICES, 8, 200))) {
            Object stored = serializer.serialize(imported);
            assertThat(serializer.deserialize(stored, DataImported.class)).isEqualTo(imported);
        }
    }

    private long outstanding(String listener, long caseId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM EVENT_PUBLICATION
                 WHERE listener_id = ? AND completion_date IS NULL AND serialized_event LIKE ?""")
                .params(listener, "%\"caseId\":" + caseId + ",%").query(Long.class).single();
    }

    private long running(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(caseId)).count();
    }

    private void hasExactlyOneLinkedProcess(long caseId) {
        List<ProcessInstance> processes = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(caseId)).list();
        assertThat(processes).as("processes of case " + caseId).hasSize(1);
        assertThat(jdbc.sql("SELECT process_instance_id FROM case_process WHERE case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo(processes.get(0).getId());
    }

    /** Another node on this schema whose starts run on one lane of their own, as in production. */
    private ConfigurableApplicationContext startNodeWithOneLane() {
        return AnotherNode.onTheTestSchema()
                .with("portal.workflow.async-events", "true")
                .with("portal.workflow.start-threads", "1")
                .start();
    }
}
