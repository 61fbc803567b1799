package com.marginportal.client;

import java.time.Instant;

/**
 * One set-based valuation of every credit account; {@code valueMillis} the statement that values and keeps the
 * history rows, {@code copyMillis} the copy of the latest figures onto the account rows.
 */
public record ValuationRun(long id, Instant valuedAt, int accounts, long millis, long valueMillis, long copyMillis) {
}
