package com.marginportal.risk;

import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.risk.domain.RiskLines;

/** A new breach episode: a risk case was opened. Published after the case is committed. */
public record BreachDetected(long caseId, long accountId, long clientId, BreachLevel level, BreachReason reason,
                             RiskLines lines, AccountSnapshot snapshot) {
}
