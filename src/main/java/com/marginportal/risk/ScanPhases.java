package com.marginportal.risk;

/**
 * Where a scan's time went, in milliseconds: valuing every account (with its history row), copying the latest
 * figures onto the account rows, reading the figures into the scan and deciding, and writing the case changes.
 * Zero for the valuation parts when the scan reused a run made before it (an import's).
 */
public record ScanPhases(long valueMillis, long copyMillis, long readMillis, long casesMillis) {
}
