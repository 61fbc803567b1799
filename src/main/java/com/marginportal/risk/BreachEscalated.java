package com.marginportal.risk;

import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.RiskLines;

/** An open case got worse; it escalates in place. */
public record BreachEscalated(long caseId, long accountId, long clientId, BreachLevel from, BreachLevel to,
                              RiskLines lines, AccountSnapshot snapshot) {
}
