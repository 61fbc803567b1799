package com.marginportal.importing;

import java.time.Instant;

/** One row of the import log; {@code status} is RUNNING while an import is under way, else an {@link ImportStatus}. */
public record ImportBatchRecord(long id, ImportKind kind, ImportSource source, String fileName, String charset,
                                String status, int rows, int errorCount, String message, Instant startedAt,
                                Instant finishedAt, String username) {
}
