package com.marginportal.importing;

import java.util.BitSet;

/**
 * The credit accounts a file names, as positions in {@link References#accounts()} (one bit each), and their
 * clients: what an account-keyed import (positions, balances, trades) reports as affected.
 */
final class AccountsInFile {

    private final LongIndex accounts;
    private final BitSet seen = new BitSet();

    AccountsInFile(LongIndex accounts) {
        this.accounts = accounts;
    }

    /** Records the account; returns its position in the index, or a negative number when it is not known. */
    int add(long accountId) {
        int index = accounts.indexOf(accountId);
        if (index >= 0) {
            seen.set(index);
        }
        return index;
    }

    BitSet positions() {
        return seen;
    }

    /** The accounts' client ids. */
    AffectedClients clients() {
        long[] clients = new long[seen.cardinality()];
        int n = 0;
        for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
            clients[n++] = accounts.valueAt(i);
        }
        return AffectedClients.of(clients);
    }
}
