package com.marginportal.risk;

import com.marginportal.client.AccountValuation;
import com.marginportal.risk.domain.Breach;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.CaseState;

/** One change a scan makes to the cases, before it is written. */
record CaseChange(Kind kind, OpenCase existing, AccountValuation valuation, LineBook.Choice lines, Breach breach) {

    enum Kind { OPEN, ESCALATE, KEEP, RESTORE, RELEASE }

    /**
     * A case bound to its account's episode as a scan sees it: in handling (OPEN), or ended by a manager's decision
     * but not yet released; with the lines it was opened with, which it keeps until it ends.
     */
    record OpenCase(long id, long accountId, BreachLevel level, int version, CaseState state, LineBook.Choice lines) {

        boolean inHandling() {
            return state == CaseState.OPEN;
        }
    }
}
