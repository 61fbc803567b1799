package com.marginportal.risk;

/** What one scan saw and did. */
public record ScanResult(long scanId, long valuationRunId, int accounts, int breaches, int opened, int escalated,
                         int restored, long millis, ScanPhases phases) {
}
