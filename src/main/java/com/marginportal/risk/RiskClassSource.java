package com.marginportal.risk;

import java.util.Map;

/**
 * Risk class per client (e.g. LOW / MEDIUM / HIGH), provided by the classification feature; a line profile
 * attached to a class applies to its clients. Without a source every client gets the default profile.
 */
public interface RiskClassSource {

    Map<Long, String> riskClassByClientId();
}
