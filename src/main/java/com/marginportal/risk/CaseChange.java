package com.marginportal.risk;

import java.math.BigDecimal;
import java.util.Objects;

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
    record OpenCase(long id, long accountId, BreachLevel level, int version, CaseState state, LineBook.Choice lines,
                    Latest latest) {

        boolean inHandling() {
            return state == CaseState.OPEN;
        }
    }

    /** The figures and branch a scan last wrote onto the case (its advisor is not the scan's: workflow.CaseHolders). */
    record Latest(BigDecimal ratio, BigDecimal financingRatio, Long branchId) {

        /** True when a refresh with these figures would write what the case row already holds. */
        boolean sameAs(AccountValuation v) {
            return same(ratio, v.maintenanceRatio()) && same(financingRatio, v.financingRatio())
                    && Objects.equals(branchId, v.branchId());
        }

        private static boolean same(BigDecimal stored, BigDecimal now) {
            return stored == null ? now == null : now != null && stored.compareTo(now) == 0;
        }
    }
}
