package com.marginportal.workflow;

import java.time.Duration;

/**
 * Median handling times of one branch (advisorId null) or one advisor over the dashboard's window: from opening
 * to the first recorded contact attempt, and from opening to the resolution record. Null without any case.
 */
public record MedianTimes(long branchId, Long advisorId, int contacted, Duration firstContact, int resolved,
                          Duration resolution) {

    public boolean isBranch() {
        return advisorId == null;
    }
}
