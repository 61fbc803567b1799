package com.marginportal.workflow;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.marginportal.home.Operations;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager sees every failed workflow job (dead-letter job) of her branch in Incidents, however many there are, and
 * the admin's operations tile counts them all: read page by page from the database with the true count, the scope
 * in the query (it used to stop at the newest 500 and filter those in Java).
 */
class IncidentJobsPagingViewIT extends ViewTest {

    private static final int COPIES = 520;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JdbcTemplate template;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private Operations operations;

    private String failedTimer;

    @AfterEach
    void removeTheFailedJobs() {
        jdbc.sql("DELETE FROM ACT_RU_DEADLETTER_JOB WHERE ID_ LIKE 'paging-job-%'").update();
        if (failedTimer != null) {
            management.deleteDeadLetterJob(failedTimer);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFailedJobOfTheBranchIsListedAndCountedTheOldestToo() {
        BreachFixture account = new BreachFixture(jdbc); // advisor1's client in branch 1
        account.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        String caseId = Long.toString(account.openCaseId());
        ProcessInstance p = await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).singleResult(), i -> i != null);
        Job timer = await().atMost(Duration.ofSeconds(30)).until(() -> management.createTimerJobQuery()
                .processInstanceId(p.getId()).list().stream().filter(j -> "contactOverdue".equals(j.getElementId()))
                .findFirst().orElse(null), j -> j != null);
        management.moveJobToDeadLetterJob(timer.getId());
        failedTimer = timer.getId();
        // the same failure many times over, older than any other: paging-job-0 the oldest
        Map<String, Object> job = template.queryForMap("SELECT TYPE_, EXCLUSIVE_, EXECUTION_ID_, PROCESS_INSTANCE_ID_,"
                + " PROC_DEF_ID_, ELEMENT_ID_, ELEMENT_NAME_, HANDLER_TYPE_, HANDLER_CFG_ FROM ACT_RU_DEADLETTER_JOB"
                + " WHERE ID_ = ?", failedTimer);
        LocalDateTime longAgo = LocalDateTime.of(2001, 1, 1, 0, 0);
        List<Object[]> copies = IntStream.range(0, COPIES).mapToObj(i -> new Object[] {"paging-job-" + i,
                job.get("TYPE_"), job.get("EXCLUSIVE_"), job.get("EXECUTION_ID_"), job.get("PROCESS_INSTANCE_ID_"),
                job.get("PROC_DEF_ID_"), job.get("ELEMENT_ID_"), job.get("ELEMENT_NAME_"), job.get("HANDLER_TYPE_"),
                job.get("HANDLER_CFG_"), longAgo.plusMinutes(i)}).toList();
        template.batchUpdate("""
                INSERT INTO ACT_RU_DEADLETTER_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, EXECUTION_ID_, PROCESS_INSTANCE_ID_,
                       PROC_DEF_ID_, ELEMENT_ID_, ELEMENT_NAME_, HANDLER_TYPE_, HANDLER_CFG_, EXCEPTION_MSG_,
                       CREATE_TIME_, TENANT_ID_)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'failed for the paging test', ?, '')""", copies);
        long branchFailed = jdbc.sql("""
                SELECT COUNT(*) FROM ACT_RU_DEADLETTER_JOB j JOIN case_process cp
                    ON cp.process_instance_id = j.PROCESS_INSTANCE_ID_ JOIN risk_case r ON r.id = cp.case_id
                 WHERE r.branch_id = 1""").query(Long.class).single();
        long allFailed = jdbc.sql("SELECT COUNT(*) FROM ACT_RU_DEADLETTER_JOB").query(Long.class).single();

        login("manager1");
        navigate("incidents");
        Grid<com.marginportal.workflow.DeadLetterJob> grid = _get(Grid.class, spec -> spec.withId("dead-letter-jobs"));

        assertThat(_size(grid)).as("every failed job of the branch").isEqualTo((int) branchFailed)
                .isGreaterThan(COPIES);
        assertThat(_get(grid, _size(grid) - 1).jobId()).as("the oldest failure, last").isEqualTo("paging-job-0");
        assertThat(_get(grid, _size(grid) - 1).caseId()).as("in its case").isEqualTo(Long.valueOf(caseId));
        assertThat(_get(Span.class, spec -> spec.withId("dead-letter-job-count")).getText())
                .contains(String.valueOf(branchFailed));

        login("admin");
        assertThat((long) operations.now().incidents()).as("the operations tile counts them all").isEqualTo(allFailed);
    }
}
