package com.marginportal.importing;

/** Outcome of one import. */
public enum ImportStatus {
    /** Every row valid and written. */
    SUCCEEDED,
    /** Bad file or bad rows: nothing was written. */
    REJECTED,
    /** The rows were valid but writing them failed (e.g. the database changed meanwhile); rolled back. */
    FAILED
}
