package com.marginportal.security;

/**
 * What an account still holds elsewhere in the portal (clients, open risk cases, open service requests and contact tasks): contributed by the features
 * that know, so security can refuse to move or disable an advisor who has not handed over. Absent = nothing.
 */
public interface StaffWorkload {

    Workload of(long userId);

    record Workload(long clients, long openCases, long openServiceWork) {

        public static final Workload NONE = new Workload(0, 0, 0);

        public boolean isEmpty() {
            return clients == 0 && openCases == 0 && openServiceWork == 0;
        }
    }
}
