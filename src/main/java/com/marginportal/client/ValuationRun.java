package com.marginportal.client;

import java.time.Instant;

/** One set-based valuation of every credit account. */
public record ValuationRun(long id, Instant valuedAt, int accounts, long millis) {
}
