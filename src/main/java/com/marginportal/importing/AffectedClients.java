package com.marginportal.importing;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which clients an import changed the data of, as far as the import can tell: a sorted set of client ids, or
 * "all" when it cannot tell (then a consumer such as reclassification works on every client). In JSON
 * {@code {"ids":[…]}}, {@code {"ids":null}} for all: {@link DataImported} is stored as an event publication until its
 * listeners are done, and read back to deliver it again.
 */
public final class AffectedClients {

    private static final AffectedClients ALL = new AffectedClients(null);

    private final long[] ids;

    private AffectedClients(long[] ids) {
        this.ids = ids;
    }

    /** The import cannot tell which clients it touched. */
    public static AffectedClients all() {
        return ALL;
    }

    /** Exactly these clients (any order, duplicates allowed). */
    public static AffectedClients of(long... clientIds) {
        return new AffectedClients(Arrays.stream(clientIds).sorted().distinct().toArray());
    }

    @JsonCreator
    static AffectedClients fromJson(@JsonProperty("ids") long[] ids) {
        return ids == null ? ALL : of(ids);
    }

    @JsonProperty("ids")
    private long[] json() {
        return ids;
    }

    @JsonIgnore
    public boolean isAll() {
        return ids == null;
    }

    /** The client ids in ascending order; empty for {@link #all()} (check {@link #isAll()} first). */
    public long[] ids() {
        return ids == null ? new long[0] : ids.clone();
    }

    /** How many clients, or -1 for {@link #all()}. */
    public int size() {
        return ids == null ? -1 : ids.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AffectedClients other && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
        return isAll() ? "all clients" : ids.length + " clients";
    }
}
