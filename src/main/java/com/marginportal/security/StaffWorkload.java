package com.marginportal.security;

/**
 * What an account still holds elsewhere in the portal (clients, open risk cases): contributed by the features
 * that know, so security can refuse to move or disable an advisor who has not handed over. Absent = nothing.
 */
public interface StaffWorkload {

    Workload of(long userId);

    record Workload(long clients, long openCases) {

        public static final Workload NONE = new Workload(0, 0);

        public boolean isEmpty() {
            return clients == 0 && openCases == 0;
        }
    }
}
