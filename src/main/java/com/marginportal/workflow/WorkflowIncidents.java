package com.marginportal.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.DataScope;

import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Flowable's dead-letter jobs as managers may see them (the jobs of their branch's cases; admins: all) and their
 * retry: the job goes back to the executable jobs with fresh retries and the async executor runs it. Audited.
 * JdbcClient, not JPA: one IN-list join of board rows and cases puts Flowable's jobs in the caller's scope.
 */
@Service
public class WorkflowIncidents {

    static final int LIST_LIMIT = 500;
    static final int RETRIES = 3;

    private final ManagementService management;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    WorkflowIncidents(ManagementService management, NamedParameterJdbcTemplate jdbc, CurrentUser currentUser,
                      AuditLog audit) {
        this.management = management;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The newest dead-letter jobs (at most 500) in the caller's scope, newest first. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public List<DeadLetterJob> deadLetterJobs() {
        List<Job> jobs = management.createDeadLetterJobQuery().orderByJobCreateTime().desc().listPage(0, LIST_LIMIT);
        return inScope(jobs);
    }

    /**
     * Moves a dead-letter job back to the executable jobs with {@value #RETRIES} retries. False when there is no
     * such job or it lies outside the caller's scope (indistinguishable).
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public boolean retry(String jobId) {
        Job job = management.createDeadLetterJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            return false;
        }
        List<DeadLetterJob> visible = inScope(List.of(job));
        if (visible.isEmpty()) {
            return false;
        }
        management.moveDeadLetterJobToExecutableJob(jobId, RETRIES);
        DeadLetterJob j = visible.get(0);
        audit.record("DEADLETTER_RETRY", "RISK_CASE", j.caseId() == null ? jobId : String.valueOf(j.caseId()),
                "job " + jobId + " at " + j.activityId() + " moved back with " + RETRIES + " retries; last error: "
                        + j.exceptionMessage());
        return true;
    }

    private List<DeadLetterJob> inScope(List<Job> jobs) {
        List<String> processIds = jobs.stream().map(Job::getProcessInstanceId).filter(Objects::nonNull).distinct().toList();
        Map<String, long[]> cases = new HashMap<>(); // process instance id → case id, branch id
        if (!processIds.isEmpty()) {
            jdbc.query("""
                    SELECT cp.process_instance_id, r.id, r.branch_id FROM case_process cp
                      JOIN risk_case r ON r.id = cp.case_id WHERE cp.process_instance_id IN (:ids)""",
                    Map.of("ids", processIds), rs -> {
                        cases.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    });
        }
        DataScope scope = currentUser.scope();
        return jobs.stream().map(j -> {
            long[] c = cases.get(j.getProcessInstanceId());
            return new DeadLetterJob(j.getId(), c == null ? null : c[0], c == null ? null : c[1],
                    j.getProcessInstanceId(), j.getElementId(), j.getElementName(), j.getJobType(),
                    j.getExceptionMessage(), j.getCreateTime() == null ? null : j.getCreateTime().toInstant());
        }).filter(j -> scope.permitsBranch(j.branchId())).toList(); // a job without a case: admins only
    }
}
