package com.marginportal.risk;

import com.marginportal.risk.domain.BreachLevel;

/** Risk case list filter; {@code openOnly} is the default view of work still to do. */
public record CaseFilter(BreachLevel level, boolean openOnly, Long branchId, Long advisorId, Long clientId) {

    public static final CaseFilter OPEN = new CaseFilter(null, true, null, null, null);

    public CaseFilter withLevel(BreachLevel value) {
        return new CaseFilter(value, openOnly, branchId, advisorId, clientId);
    }

    public CaseFilter withOpenOnly(boolean value) {
        return new CaseFilter(level, value, branchId, advisorId, clientId);
    }

    public CaseFilter withBranch(Long value) {
        return new CaseFilter(level, openOnly, value, advisorId, clientId);
    }

    public CaseFilter withAdvisor(Long value) {
        return new CaseFilter(level, openOnly, branchId, value, clientId);
    }

    public CaseFilter withClient(Long value) {
        return new CaseFilter(level, openOnly, branchId, advisorId, value);
    }
}
