package com.marginportal.classification;

import java.util.Arrays;
import java.util.Collections;

/**
 * The clients one chunk of a pass replaces the stored results of: a range of client numbers (full pass, the
 * chunk's first to last client) or exactly some ids (a pass over some clients). A client in the span without a
 * credit account loses its results, as in a full pass.
 */
record ClientSpan(long first, long last, long[] ids) {

    static ClientSpan range(long first, long last) {
        return new ClientSpan(first, last, null);
    }

    static ClientSpan of(long[] ids) {
        return new ClientSpan(0, 0, ids);
    }

    /** The condition on {@code client_id}. */
    String sql() {
        return ids == null ? "client_id BETWEEN ? AND ?"
                : "client_id IN (" + (ids.length == 0 ? "NULL" : String.join(",", Collections.nCopies(ids.length, "?"))) + ")";
    }

    Object[] params() {
        return ids == null ? new Object[] {first, last} : Arrays.stream(ids).boxed().toArray();
    }
}
