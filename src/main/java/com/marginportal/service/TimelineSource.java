package com.marginportal.service;

import java.util.List;

/**
 * Another feature's entries on a client's timeline (e.g. the breach workflow's resolution records), read in full in
 * the caller's scope: a source a client has few entries of. The feature implements it, so the timeline needs no
 * dependency on it.
 */
public interface TimelineSource {

    /** The client's entries as the caller may see them; none for a client outside the caller's scope. */
    List<TimelineEntry> entries(long clientId);
}
