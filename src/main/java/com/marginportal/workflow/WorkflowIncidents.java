package com.marginportal.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.ScopeCondition;

import org.flowable.engine.ManagementService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Flowable's dead-letter jobs as managers may see them (the jobs of their branch's cases; admins: all, also jobs of
 * no case) and their retry: the job goes back to the executable jobs with fresh retries and the async executor runs
 * it. Audited. Listed page by page with their true count, the scope applied in the query.
 * JdbcClient, not JPA: Flowable's dead-letter table joined to the case of its process puts each job in a branch.
 */
@Service
public class WorkflowIncidents {

    static final int PAGE_LIMIT = 500;
    static final int RETRIES = 3;

    /** Each dead-letter job with the case (and so the branch) of its process, if it has one. */
    private static final String FROM = " FROM ACT_RU_DEADLETTER_JOB j"
            + " LEFT JOIN case_process cp ON cp.process_instance_id = j.PROCESS_INSTANCE_ID_"
            + " LEFT JOIN risk_case r ON r.id = cp.case_id";
    private static final String SELECT = """
            SELECT j.ID_, r.id AS case_id, r.branch_id, j.PROCESS_INSTANCE_ID_, j.ELEMENT_ID_, j.ELEMENT_NAME_, j.TYPE_,
                   j.EXCEPTION_MSG_, j.CREATE_TIME_""" + FROM;

    private final ManagementService management;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    WorkflowIncidents(ManagementService management, JdbcClient jdbc, CurrentUser currentUser, AuditLog audit) {
        this.management = management;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * One page (at most 500) of the dead-letter jobs in the caller's scope, newest first; every one of them is on
     * some page ({@link #countDeadLetterJobs}).
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public List<DeadLetterJob> deadLetterJobs(int offset, int limit) {
        ScopeCondition s = scope();
        return jdbc.sql(SELECT + " WHERE " + s.sql() + " ORDER BY j.CREATE_TIME_ DESC, j.ID_ DESC LIMIT :limit OFFSET :offset")
                .params(s.params()).param("limit", Math.max(0, Math.min(limit, PAGE_LIMIT)))
                .param("offset", Math.max(0, offset)).query(WorkflowIncidents::job).list();
    }

    /** How many dead-letter jobs {@link #deadLetterJobs} pages through, counted in the database. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public long countDeadLetterJobs() {
        ScopeCondition s = scope();
        return jdbc.sql("SELECT COUNT(*)" + FROM + " WHERE " + s.sql()).params(s.params()).query(Long.class).single();
    }

    /**
     * Moves a dead-letter job back to the executable jobs with {@value #RETRIES} retries. False when there is no
     * such job or it lies outside the caller's scope (indistinguishable).
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public boolean retry(String jobId) {
        ScopeCondition s = scope();
        Optional<DeadLetterJob> visible = jdbc.sql(SELECT + " WHERE j.ID_ = :job" + s.and()).params(s.params())
                .param("job", jobId).query(WorkflowIncidents::job).optional();
        if (visible.isEmpty()) {
            return false;
        }
        management.moveDeadLetterJobToExecutableJob(jobId, RETRIES);
        DeadLetterJob j = visible.get();
        audit.record("DEADLETTER_RETRY", "RISK_CASE", j.caseId() == null ? jobId : String.valueOf(j.caseId()),
                AuditText.of("jobRetried", jobId,
                        j.activityId() == null ? "-" : AuditText.word("activity." + j.activityId()), RETRIES,
                        j.exceptionMessage()));
        return true;
    }

    /** Branch-wide work: a manager's branch, an admin's all (a job of no case too). */
    private ScopeCondition scope() {
        return currentUser.scope().branchRows("r");
    }

    private static DeadLetterJob job(ResultSet rs, int row) throws SQLException {
        Timestamp created = rs.getTimestamp("CREATE_TIME_"); // Flowable's own column, read as Flowable reads it
        return new DeadLetterJob(rs.getString("ID_"), rs.getObject("case_id", Long.class),
                rs.getObject("branch_id", Long.class), rs.getString("PROCESS_INSTANCE_ID_"), rs.getString("ELEMENT_ID_"),
                rs.getString("ELEMENT_NAME_"), rs.getString("TYPE_"), rs.getString("EXCEPTION_MSG_"),
                created == null ? null : created.toInstant());
    }
}
