package com.marginportal.importing;

/**
 * Published after a successful import, from inside the import's transaction: listen with
 * {@code @TransactionalEventListener} (after commit) or {@code @ApplicationModuleListener} so that work
 * such as a risk rescan sees the committed data and cannot roll the import back.
 */
public record DataImported(ImportKind kind, long batchId, int rows) {
}
