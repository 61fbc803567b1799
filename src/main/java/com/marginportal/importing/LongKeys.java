package com.marginportal.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The keys seen so far in a file and the row each was first seen in: an open-addressing table of
 * primitive longs (12 bytes a slot), so duplicate checks over a million rows stay a few tens of MB.
 * String keys are reduced to a 64-bit hash: two distinct keys collide with a probability of about
 * 10^-7 in a file of a million rows.
 */
final class LongKeys {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    LongKeys() {
        Arrays.fill(keys, EMPTY);
    }

    /** Records the key with its row; returns the row it was first seen in, or 0 when it is new. */
    int firstRow(long key, int row) {
        if (key == EMPTY) {
            key = EMPTY + 1; // reserved marker; one more collision in 2^64 is harmless
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return rows[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        rows[slot] = row;
        size++;
        return 0;
    }

    int size() {
        return size;
    }

    /** A 64-bit FNV-1a hash of the UTF-8 bytes, finished with a mixer. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long key, int capacity) {
        return (int) (mix(key) & (capacity - 1));
    }

    /** The finaliser of MurmurHash3: spreads sequential ids over the table. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
