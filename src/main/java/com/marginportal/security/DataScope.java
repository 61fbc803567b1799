package com.marginportal.security;

import java.util.Map;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * The data-scope rule: which clients, and which rows about them, a signed-in user may see. It is written here
 * once, derived from the user by {@link PortalUser#dataScope()}, and every query that lists, counts or exports
 * clients, risk cases, resolution records, tasks, notices or service requests applies it on the server, as SQL
 * ({@link #heldRows}, {@link #clientRows}, {@link #branchRows}), as a JPA predicate ({@link #predicate}) or, for a row already read by
 * its id, in Java ({@link #permits}, {@link #permitsBranch}). A row outside the scope is indistinguishable from
 * one that does not exist.
 * <ul>
 * <li><b>Administrators</b> (the head office's risk office) and the core system's import account: everything.</li>
 * <li><b>Managers</b>: everything of their branch — the branch's clients, and every case, resolution record,
 * service request, contact task and notice recorded for the branch (the row's own {@code branch_id}).</li>
 * <li><b>Advisors</b>: what they hold — the clients whose advisor they are, and the cases, resolution records,
 * service requests and contact tasks whose {@code advisor_id} is theirs (the holder written on the row: a case in
 * handling is held by the advisor its tasks go to — its client's, or the one a person chose, docs/workflow.md "Who
 * holds a case" — and keeps its advisor once ended). A notice records no advisor: advisors see the notices of the
 * clients they serve now.</li>
 * <li>The monitoring account has an advisor scope of its own id and holds nothing, so it sees nothing.</li>
 * </ul>
 * Branch-wide views (mail log, failed notices, workflow incidents, advisors' books, bulk reassignment) are for
 * managers and administrators only ({@code @PreAuthorize}); they apply the same rule. No other class writes a
 * {@code branch_id}/{@code advisor_id} scope condition (DataScopeRuleTest).
 */
public record DataScope(Kind kind, Long branchId, Long advisorId) {

    public enum Kind { ALL, BRANCH, ADVISOR }

    private static final String BRANCH_PARAM = "scopeBranch";
    private static final String ADVISOR_PARAM = "scopeAdvisor";

    public DataScope {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (kind == Kind.BRANCH && branchId == null) {
            throw new IllegalArgumentException("a branch scope needs a branchId");
        }
        if (kind == Kind.ADVISOR && advisorId == null) {
            throw new IllegalArgumentException("an advisor scope needs an advisorId");
        }
    }

    public static DataScope all() {
        return new DataScope(Kind.ALL, null, null);
    }

    public static DataScope branch(long branchId) {
        return new DataScope(Kind.BRANCH, branchId, null);
    }

    public static DataScope advisor(long advisorId) {
        return new DataScope(Kind.ADVISOR, null, advisorId);
    }

    /**
     * The scope on a table whose rows carry their holder: {@code branch_id} and {@code advisor_id} (client, risk_case,
     * resolution_record, service_request, contact_task).
     * @param alias the table's alias (or name) in the statement, without the dot
     */
    public ScopeCondition heldRows(String alias) {
        return switch (kind) {
            case ALL -> ScopeCondition.EVERYTHING;
            case BRANCH -> new ScopeCondition(alias + ".branch_id = :" + BRANCH_PARAM, Map.of(BRANCH_PARAM, branchId));
            case ADVISOR -> new ScopeCondition(alias + ".advisor_id = :" + ADVISOR_PARAM, Map.of(ADVISOR_PARAM, advisorId));
        };
    }

    /**
     * The scope on a table whose rows carry a {@code branch_id} and a {@code client_id} but no advisor
     * (notification): an advisor's rows are those of the clients they hold now.
     */
    public ScopeCondition clientRows(String alias) {
        return switch (kind) {
            case ALL -> ScopeCondition.EVERYTHING;
            case BRANCH -> new ScopeCondition(alias + ".branch_id = :" + BRANCH_PARAM, Map.of(BRANCH_PARAM, branchId));
            case ADVISOR -> new ScopeCondition(alias + ".client_id IN (SELECT scope_c.id FROM client scope_c"
                    + " WHERE scope_c.advisor_id = :" + ADVISOR_PARAM + ")", Map.of(ADVISOR_PARAM, advisorId));
        };
    }

    /**
     * The scope of branch-wide work on rows that carry only a {@code branch_id}, possibly none (a workflow incident:
     * the branch of its case, if any): {@link #permitsBranch} as SQL — an administrator's every row (also those of no
     * branch), a manager's branch, an advisor's nothing.
     */
    public ScopeCondition branchRows(String alias) {
        return switch (kind) {
            case ALL -> ScopeCondition.EVERYTHING;
            case BRANCH -> new ScopeCondition(alias + ".branch_id = :" + BRANCH_PARAM, Map.of(BRANCH_PARAM, branchId));
            case ADVISOR -> ScopeCondition.NOTHING;
        };
    }

    /** The scope on a JPA entity with the attributes {@code branchId} and {@code advisorId}; null for everything. */
    public Predicate predicate(CriteriaBuilder cb, Path<?> holder) {
        return switch (kind) {
            case ALL -> null;
            case BRANCH -> cb.equal(holder.get("branchId"), branchId);
            case ADVISOR -> cb.equal(holder.get("advisorId"), advisorId);
        };
    }

    /** Whether a row held by this advisor in this branch is visible (for a row read by its id). */
    public boolean permits(long rowBranchId, Long rowAdvisorId) {
        return switch (kind) {
            case ALL -> true;
            case BRANCH -> branchId == rowBranchId;
            case ADVISOR -> advisorId.equals(rowAdvisorId);
        };
    }

    /**
     * Whether everything of the branch is visible (branch-wide work such as a workflow incident, or moving clients
     * to an advisor of the branch): an administrator's any branch (also none), a manager's own; never an advisor's.
     */
    public boolean permitsBranch(Long rowBranchId) {
        return switch (kind) {
            case ALL -> true;
            case BRANCH -> branchId.equals(rowBranchId);
            case ADVISOR -> false;
        };
    }
}
