package com.marginportal.risk;

import java.math.BigDecimal;

import com.marginportal.risk.domain.RiskLines;

/**
 * What a risk case knows about its account: the lines in force, the snapshot recorded when it opened, the
 * snapshot of its latest event (opened or escalated: what the client was last told), the snapshot at
 * restoration (null while not restored) and the latest ratio of the scans.
 */
public record CaseFacts(long caseId, long accountId, RiskLines lines, AccountSnapshot opened, AccountSnapshot latest,
                        AccountSnapshot restored, BigDecimal latestRatio) {
}
