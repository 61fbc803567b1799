package com.marginportal.risk;

import com.marginportal.risk.domain.BreachLevel;

/** An open case's account is back at or above its top-up target; the case is restored. */
public record RatioRestored(long caseId, long accountId, long clientId, BreachLevel lastLevel, AccountSnapshot snapshot) {
}
