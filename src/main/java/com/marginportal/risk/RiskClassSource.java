package com.marginportal.risk;

import java.util.Map;

import com.marginportal.importing.DataImported;

/**
 * Risk class per client (e.g. LOW / MEDIUM / HIGH), provided by the classification feature; a line profile
 * attached to a class applies to its clients. Without a source every client gets the default profile.
 */
public interface RiskClassSource {

    Map<Long, String> riskClassByClientId();

    /**
     * Reclassifies the clients an import changed, from the accounts' latest valuation; called after the import's
     * valuation and before its risk scan (see {@link ImportRescan}), so the scan applies the new classes' lines.
     */
    default void reclassifyAfter(DataImported imported) {
    }
}
