package com.marginportal.classification;

/** What started a classification pass. */
public enum RunTrigger {
    /** Application start-up. */
    STARTUP,
    /** The nightly schedule after the close. */
    NIGHTLY,
    /** An import of data the rules read (only the affected clients where the import can tell). */
    IMPORT,
    /** New thresholds saved. */
    THRESHOLDS,
    /** An admin's "recalculate now". */
    MANUAL,
    /** A direct call (tests, benchmarks, tools). */
    SYSTEM
}
