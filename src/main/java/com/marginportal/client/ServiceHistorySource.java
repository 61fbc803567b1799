package com.marginportal.client;

import java.util.List;

/**
 * Entries another feature adds to a client's contact and service history (the 360 view shows them with the
 * contact records, newest first). The client feature owns this interface so that it never depends on the
 * features that implement it. Called only after the caller's scope has been checked for the client.
 */
public interface ServiceHistorySource {

    /** The client's newest entries, newest first, at most {@code limit}. */
    List<ContactLine> entries(long clientId, int limit);

    /** How many entries the client has in all (a history that shows the newest says of how many). */
    long count(long clientId);
}
