package com.marginportal.risk;

import java.util.Map;

import com.marginportal.importing.DataImported;

/**
 * Risk class per client (e.g. LOW / MEDIUM / HIGH), provided by the classification feature; a line profile
 * attached to a class applies to its clients. Without a source every client gets the default profile.
 */
public interface RiskClassSource {

    Map<Long, String> riskClassByClientId();

    /** Some clients' effective risk classes (a client without one is absent); sources override this to avoid reading every client's. */
    default Map<Long, String> riskClassesOf(long[] clientIds) {
        Map<Long, String> all = riskClassByClientId();
        Map<Long, String> some = new java.util.HashMap<>();
        for (long id : clientIds) {
            if (all.containsKey(id)) {
                some.put(id, all.get(id));
            }
        }
        return some;
    }

    /**
     * Reclassifies the clients an import changed, from the accounts' latest valuation; called after the import's
     * valuation and before its risk scan (see {@link ImportRescan}), so the scan applies the new classes' lines.
     */
    default void reclassifyAfter(DataImported imported) {
    }
}
