package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.ADVISOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.marginportal.client.ClientsReassigned;
import com.marginportal.risk.RiskCases;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a case in handling: one fact, changed only here (docs/workflow.md, "Who holds a case"). The holder is
 * {@code risk_case.advisor_id}, which every list, filter, count and data scope reads; the case's advisor tasks
 * (contact, follow-up: the open one, and those to come through the process's advisor) are given to the same advisor
 * in the same transaction, so the task inbox and the board's task holder agree with them.
 * <p>The rule: a case follows its client's advisor — at the opening, and at once whenever the client moves (bulk
 * reassignment, handover, archive import: {@link ClientsReassigned}) — unless someone deliberately gave it to
 * another advisor: a manager on the board, or an advisor who took its task from the pool. Then it stays with that
 * advisor ({@code case_process.advisor_chosen_by}) when the client moves, until someone gives it again or the client
 * moves to that very advisor (then it follows the client again).
 * JdbcClient, not JPA: one join of the cases in handling with their clients' advisors, and the board row's mark.
 */
@Service
class CaseHolders {

    static final List<String> ADVISOR_TASKS = List.of("contactClient", "followUp");

    private static final Logger log = LoggerFactory.getLogger(CaseHolders.class);
    private static final int CHUNK = 1000;

    /** Cases in handling whose holder the rule would change: following ones away from their client's advisor, marked ones back with it. */
    private static final String DRIFTED = """
            SELECT r.id, c.advisor_id, u.username, cp.advisor_chosen_by
              FROM risk_case r JOIN client c ON c.id = r.client_id
              LEFT JOIN case_process cp ON cp.case_id = r.id
              LEFT JOIN app_user u ON u.id = c.advisor_id AND u.enabled
             WHERE r.status = 'OPEN'
               AND ((cp.advisor_chosen_by IS NULL AND COALESCE(r.advisor_id, -1) <> COALESCE(c.advisor_id, -1))
                 OR (cp.advisor_chosen_by IS NOT NULL AND COALESCE(r.advisor_id, -1) = COALESCE(c.advisor_id, -1)))""";

    private record Drifted(long caseId, Long clientsAdvisor, String username, String chosenBy) {
    }

    private final JdbcClient jdbc;
    private final RiskCases riskCases;
    private final CaseProcessStore links;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessCases cases;
    private final TaskHolderChanges holderChanges;

    CaseHolders(JdbcClient jdbc, RiskCases riskCases, CaseProcessStore links, RuntimeService runtime,
                TaskService tasks, ProcessCases cases, TaskHolderChanges holderChanges) {
        this.cases = cases;
        this.holderChanges = holderChanges;
        this.jdbc = jdbc;
        this.riskCases = riskCases;
        this.links = links;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * A person gives the case to an advisor (a manager on the board; an advisor who takes its task). Given to the
     * client's own advisor, the case follows the client again; to anyone else, it stays with them when the client moves.
     */
    @Transactional
    void give(long caseId, long advisorId, String username, String givenBy) {
        Long clientsAdvisor = jdbc.sql("SELECT c.advisor_id FROM risk_case r JOIN client c ON c.id = r.client_id WHERE r.id = ?")
                .param(caseId).query((rs, i) -> rs.getObject(1, Long.class)).list().stream().findFirst().orElse(null);
        hold(caseId, advisorId, username, Objects.equals(clientsAdvisor, advisorId) ? null : givenBy, givenBy);
    }

    /** An advisor took an advisor task of a case from the pool: she takes the case (nothing else for other tasks). */
    @Transactional
    void taken(String taskId, long advisorId, String username) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && ADVISOR_TASKS.contains(task.getTaskDefinitionKey())) {
            give(cases.ofProcess(task.getProcessInstanceId()).caseId(), advisorId, username, username);
        }
    }

    /** The clients moved: their cases in handling that follow them go along, in the mover's transaction. */
    @EventListener
    @Transactional
    public void clientsReassigned(ClientsReassigned event) {
        List<Long> ids = event.clientIds();
        int moved = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            moved += follow(jdbc.sql(DRIFTED + " AND r.client_id IN (:clients)")
                    .param("clients", ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        if (moved > 0) {
            log.info("{} case(s) in handling followed their {} reassigned client(s)", moved, ids.size());
        }
    }

    /**
     * The safety net under the event (run by the reconciler): a case that a scan opened with the advisor its client had
     * when it was valued, just before the client moved, follows the client now.
     * @return how many cases changed hands
     */
    @Transactional
    int followClients() {
        int moved = follow(jdbc.sql(DRIFTED));
        if (moved > 0) {
            log.warn("{} case(s) in handling did not follow their client's advisor; moved now", moved);
        }
        return moved;
    }

    private int follow(JdbcClient.StatementSpec drifted) {
        List<Drifted> cases = new ArrayList<>(drifted.query((rs, i) -> new Drifted(rs.getLong(1),
                rs.getObject(2, Long.class), rs.getString(3), rs.getString(4))).list());
        for (Drifted c : cases) {
            if (c.chosenBy() == null) {
                hold(c.caseId(), c.clientsAdvisor(), c.username(), null, CaseHistoryEntry.SYSTEM);
            } else { // the client moved to the advisor someone chose: from now on the case follows the client
                mark(c.caseId(), null);
            }
        }
        return (int) cases.stream().filter(c -> c.chosenBy() == null).count();
    }

    /**
     * The one write of a case's holder: the case row, the mark, the process's advisor and its open advisor tasks (each
     * hand-over of a task recorded as done {@code by} a person or the system).
     */
    private void hold(long caseId, Long advisorId, String username, String chosenBy, String by) {
        if (!riskCases.holdBy(caseId, advisorId)) {
            return; // ended meanwhile: an ended case keeps the advisor it ended with
        }
        mark(caseId, chosenBy);
        links.processInstanceId(caseId).filter(this::running).ifPresent(processId -> {
            runtime.setVariables(processId, variables(username));
            for (Task task : tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKeys(ADVISOR_TASKS).list()) {
                String previous = task.getAssignee();
                if (!Objects.equals(previous, username)) {
                    tasks.setAssignee(task.getId(), username);
                    holderChanges.record(caseId, task, TaskHolderChanges.Kind.GIVEN, previous, username, by);
                }
            }
        });
    }

    private void mark(long caseId, String chosenBy) {
        jdbc.sql("UPDATE case_process SET advisor_chosen_by = ? WHERE case_id = ?").params(chosenBy, caseId).update();
    }

    private boolean running(String processId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processId).count() > 0;
    }

    private static Map<String, Object> variables(String username) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put(ADVISOR, username); // the advisor's id is the case's (risk_case.advisor_id): not copied (issue 14)
        return v;
    }
}
