package com.marginportal.client;

import java.util.Map;

/**
 * The lines a client is held to now — its open case's, its special agreement's or its class's profile — as the
 * client views colour, draw and name them. The risk feature decides them (risk.EffectiveLines, the one place) and
 * implements this, so the client feature reads them without depending on risk.
 */
public interface HeldLines {

    /** Where the lines come from. */
    enum Source { CASE, PROFILE, SPECIAL_AGREEMENT }

    /**
     * @param caseId      the case whose lines they are (source CASE)
     * @param profileName    the line profile they come from (sources PROFILE and SPECIAL_AGREEMENT), as stored
     * @param profileNameKey the message key of a built-in profile's name (shown in the viewer's language), else null
     */
    record Held(DisplayLines lines, Source source, Long caseId, String profileName, String profileNameKey) {
    }

    Held forClient(long clientId);

    /** Several clients' lines read at one moment (a page of the client list). */
    Map<Long, Held> forClients(long[] clientIds);
}
