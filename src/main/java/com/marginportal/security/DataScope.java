package com.marginportal.security;

/**
 * Which clients a user may see: an advisor their own book, a manager their branch, an admin everything.
 * Every query over client data applies this on the server.
 */
public record DataScope(Kind kind, Long branchId, Long advisorId) {

    public enum Kind { ALL, BRANCH, ADVISOR }

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

    /** Whether a client held by this advisor in this branch is visible. */
    public boolean permits(long clientBranchId, Long clientAdvisorId) {
        return switch (kind) {
            case ALL -> true;
            case BRANCH -> branchId == clientBranchId;
            case ADVISOR -> advisorId.equals(clientAdvisorId);
        };
    }
}
