package com.marginportal.importing;

import java.util.Objects;

/**
 * Published after a successful import, from inside the import's transaction: listen with
 * {@code @TransactionalEventListener} (after commit) or {@code @ApplicationModuleListener} so that work
 * such as a risk rescan sees the committed data and cannot roll the import back. {@code clients} are the clients
 * whose data the file changed (the accounts' clients for positions, balances and trades, the file's clients for a
 * clients file, the holders of the file's securities for prices and securities), or all when it cannot tell.
 */
public record DataImported(ImportKind kind, long batchId, int rows, AffectedClients clients) {

    public DataImported {
        Objects.requireNonNull(clients, "clients");
    }

    /** An import that cannot tell which clients it changed. */
    public DataImported(ImportKind kind, long batchId, int rows) {
        this(kind, batchId, rows, AffectedClients.all());
    }
}
