package com.marginportal.risk;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.risk.domain.BreachLevel;

/** One step of a case's history with the account snapshot (JSON) recorded at that moment. */
public record CaseEventRow(long id, long caseId, Instant occurredAt, String type, BreachLevel level, BigDecimal ratio,
                           String snapshotJson) {
}
