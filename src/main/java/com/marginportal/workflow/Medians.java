package com.marginportal.workflow;

import java.util.Arrays;

/** The median of a list of values, in Java: neither MariaDB nor H2 offers one as a plain aggregate. */
final class Medians {

    private Medians() {
    }

    /** The middle value (mean of the two middle values for an even count); null for no values. */
    static Long of(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : Math.floorDiv(sorted[mid - 1] + sorted[mid], 2);
    }
}
