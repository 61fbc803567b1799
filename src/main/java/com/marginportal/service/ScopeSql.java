package com.marginportal.service;

import java.util.List;

import com.marginportal.security.DataScope;

/** The data scope as a WHERE clause on rows that carry branch_id and advisor_id (requests and contact tasks). */
record ScopeSql(String clause, List<Object> params) {

    /** @param alias the table alias with its dot ("t."), or "" */
    static ScopeSql of(DataScope scope, String alias) {
        return switch (scope.kind()) {
            case ALL -> new ScopeSql("1 = 1", List.of());
            case BRANCH -> new ScopeSql(alias + "branch_id = ?", List.of(scope.branchId()));
            case ADVISOR -> new ScopeSql(alias + "advisor_id = ?", List.of(scope.advisorId()));
        };
    }
}
