package com.marginportal.home;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.marginportal.home.domain.AttentionItem;
import com.marginportal.risk.RiskFixture;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.IntegrationTest;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A decision waiting at a branch's case: its managers see it (one click from their task), other branches do not. */
class ManagerDayIT extends IntegrationTest {

    @Autowired
    private ManagerDay managerDay;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private TaskService tasks;
    @Autowired
    private UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theBranchsManagersSeeTheWaitingDecisionOtherBranchesDoNot() {
        RiskFixture account = new RiskFixture(jdbc); // advisor1, branch 1
        account.price("7.50"); // liquidation: straight to the managers' decision
        scanner.scan(ScanTrigger.MANUAL);
        long caseId = jdbc.sql("SELECT id FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(account.accountId).query(Long.class).single();
        Task decision = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(Long.toString(caseId)).taskDefinitionKey(ManagerDay.DECISION_STEP)
                .singleResult(), t -> t != null);

        ManagerDaySummary branch1 = as("manager1", managerDay::today);
        assertThat(item(branch1, caseId)).isNotNull().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(AttentionItem.Kind.DECISION);
            assertThat(i.link()).isEqualTo("tasks?task=" + decision.getId());
            assertThat(i.level()).isEqualTo("LIQUIDATION");
            assertThat(i.reason()).as("the indicator crossed, for the level's label").isEqualTo("MAINTENANCE_RATIO");
            assertThat(i.ratio()).isNotNull();
        });
        assertThat(branch1.items()).as("decisions first").first().extracting(AttentionItem::kind)
                .isEqualTo(AttentionItem.Kind.DECISION);
        assertThat(branch1.clientNames()).containsKey(account.clientId);
        assertThat(branch1.decisionsWaiting()).isPositive();

        assertThat(item(as("manager2", managerDay::today), caseId)).as("another branch's case").isNull();
        assertThat(item(as("admin", managerDay::today), caseId)).as("admins see every branch").isNotNull();
        assertThatThrownBy(() -> as("advisor1", managerDay::today)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Each waiting decision links to the decision task the viewer may take — hers, or in her group's pool (admins:
     * any unassigned one) — else to the case; the counts are the board's. Pinned before the day stopped reading
     * every task of the manager's inbox to find those links.
     */
    @Test
    void eachDecisionLinksToTheTaskTheViewerMayTakeElseToTheCase() {
        long pool = decisionCase();
        long manager1s = decisionCase();
        long admins = decisionCase();
        tasks.claim(decisionTask(manager1s).getId(), "manager1");
        tasks.claim(decisionTask(admins).getId(), "admin");

        ManagerDaySummary manager1 = as("manager1", managerDay::today);
        assertThat(item(manager1, pool).link()).isEqualTo("tasks?task=" + decisionTask(pool).getId());
        assertThat(item(manager1, manager1s).link()).isEqualTo("tasks?task=" + decisionTask(manager1s).getId());
        assertThat(item(manager1, admins).link()).as("someone else's task").isEqualTo("board/case/" + admins);
        assertThat(manager1.decisionsWaiting()).isEqualTo(openDecisions(1L));
        assertThat(manager1.items()).hasSizeLessThanOrEqualTo(2 * ManagerDay.SHOWN);

        ManagerDaySummary admin = as("admin", managerDay::today);
        assertThat(item(admin, pool).link()).isEqualTo("tasks?task=" + decisionTask(pool).getId());
        assertThat(item(admin, manager1s).link()).isEqualTo("board/case/" + manager1s);
        assertThat(item(admin, admins).link()).isEqualTo("tasks?task=" + decisionTask(admins).getId());
        assertThat(admin.decisionsWaiting()).isEqualTo(openDecisions(null));
    }

    private long decisionCase() {
        RiskFixture account = new RiskFixture(jdbc);
        account.price("7.50");
        scanner.scan(ScanTrigger.MANUAL);
        long caseId = jdbc.sql("SELECT id FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(account.accountId).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> decisionTask(caseId), t -> t != null);
        return caseId;
    }

    private Task decisionTask(long caseId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(caseId))
                .taskDefinitionKey(ManagerDay.DECISION_STEP).singleResult();
    }

    /** Open cases whose process waits at the decision, counted straight from the board's rows. */
    private long openDecisions(Long branchId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM case_process cp JOIN risk_case r ON r.id = cp.case_id
                 WHERE r.status = 'OPEN' AND cp.current_step = :step AND (:branch IS NULL OR r.branch_id = :branch)""")
                .param("step", ManagerDay.DECISION_STEP).param("branch", branchId).query(Long.class).single();
    }

    private static AttentionItem item(ManagerDaySummary day, long caseId) {
        List<AttentionItem> hits = day.items().stream().filter(i -> i.caseId() == caseId).toList();
        assertThat(hits).hasSizeLessThanOrEqualTo(1);
        return hits.isEmpty() ? null : hits.get(0);
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
