package com.marginportal.risk;

import com.marginportal.client.AccountValuation;
import com.marginportal.risk.domain.Breach;
import com.marginportal.risk.domain.BreachLevel;

/** One change a scan makes to the cases, before it is written. */
record CaseChange(Kind kind, OpenCase existing, AccountValuation valuation, LineBook.Choice lines, Breach breach) {

    enum Kind { OPEN, ESCALATE, KEEP, RESTORE }

    /** An open case as a scan sees it. */
    record OpenCase(long id, long accountId, BreachLevel level, int version) {
    }
}
