package com.marginportal.risk;

import java.time.Instant;

/**
 * The last risk scan as a user sees it: when it started and why. How many accounts it valued and found below a line
 * are the whole firm's figures, given only to who sees the whole firm (null otherwise): beside a branch's or an
 * advisor's list of cases they read as that list's and contradicted its count.
 */
public record LastScan(Instant startedAt, String trigger, Integer accounts, Integer breaches) {

    public boolean firmWide() {
        return accounts != null;
    }
}
