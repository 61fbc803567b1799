package com.marginportal.risk;

import java.time.Instant;

public record ScanSummary(long id, String trigger, String triggeredBy, Instant startedAt, Instant finishedAt,
                          String status, int accounts, int breaches, int opened, int escalated, int restored) {
}
