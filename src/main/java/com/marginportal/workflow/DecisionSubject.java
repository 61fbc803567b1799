package com.marginportal.workflow;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Whom an irreversible decision concerns and who takes it, named in its confirmation: the client (name and
 * client number), the masked account, the maintenance ratio at the latest scan, and the decider's display name.
 *
 * @param heldDeadline the top-up deadline the client holds in writing, which an extension moves later
 *                     ({@link CaseDueDates#toldDeadline}); null when none — a liquidation notice names none, so an
 *                     extension sets one
 */
public record DecisionSubject(long caseId, String clientName, long clientId, String maskedAccount, BigDecimal ratio,
                              String deciderName, Instant heldDeadline) {
}
