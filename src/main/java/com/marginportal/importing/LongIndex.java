package com.marginportal.importing;

import java.util.Arrays;

/**
 * Ids that exist in the database (accounts, clients) as a sorted primitive array, each with one long
 * value (e.g. the account's client): 16 bytes an id, looked up by binary search.
 */
final class LongIndex {

    static final long NONE = Long.MIN_VALUE;

    private long[] ids = new long[1024];
    private long[] values = new long[1024];
    private int size;

    /** Ids must be added in ascending order (load them with ORDER BY). */
    void add(long id, long value) {
        if (size > 0 && id <= ids[size - 1]) {
            throw new IllegalArgumentException("ids must ascend: " + id + " after " + ids[size - 1]);
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        ids[size] = id;
        values[size++] = value;
    }

    /** Position of the id, or a negative number when absent. */
    int indexOf(long id) {
        return Arrays.binarySearch(ids, 0, size, id);
    }

    boolean contains(long id) {
        return indexOf(id) >= 0;
    }

    long idAt(int index) {
        return ids[index];
    }

    long valueAt(int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
