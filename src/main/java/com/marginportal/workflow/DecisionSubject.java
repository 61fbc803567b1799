package com.marginportal.workflow;

import java.math.BigDecimal;

/**
 * Whom an irreversible decision concerns and who takes it, named in its confirmation: the client (name and
 * client number), the masked account, the maintenance ratio at the latest scan, and the decider's display name.
 */
public record DecisionSubject(long caseId, String clientName, long clientId, String maskedAccount, BigDecimal ratio,
                              String deciderName) {
}
