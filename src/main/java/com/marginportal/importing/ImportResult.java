package com.marginportal.importing;

import java.util.List;

/**
 * What an import did. {@code rows} counts the data rows read; {@code errorCount} is the total number of
 * problems found, {@code errors} the first {@link ImportService#MAX_REPORTED_ERRORS} of them;
 * {@code message} sums the outcome up (and names a file-level problem such as a wrong charset).
 */
public record ImportResult(long batchId, ImportKind kind, ImportStatus status, int rows, int errorCount,
                           List<RowError> errors, String message) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return status == ImportStatus.SUCCEEDED;
    }
}
