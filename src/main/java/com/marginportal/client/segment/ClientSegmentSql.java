package com.marginportal.client.segment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Segments of clients that another feature owns — the classification's four dimensions (the effective value:
 * a valid override wins over the computed one) and its suitability flag — as SQL on the owner's tables.
 * The client search ({@code client.ClientSearch}) embeds the fragments in its one scoped, paged statement, so
 * filters, counts and groupings stay in the database at any archive size, and the client feature never reads
 * those tables itself.
 * Dimension and value names are the owner's (e.g. {@code RISK_LEVEL}, {@code HIGH}); unknown ones are
 * rejected with an {@link IllegalArgumentException}.
 */
public interface ClientSegmentSql {

    /** The dimensions in display order. */
    List<String> dimensions();

    /** Condition: the effective value of the dimension for the client whose id is {@code clientId} is {@code value}. */
    SqlFragment valueIs(String dimension, String value, String clientId);

    /** Condition: the client has a suitability issue. */
    SqlFragment hasSuitabilityIssue(String clientId);

    /** Joins (aliases starting with {@code alias}) and the expression of the effective value of the dimension. */
    SegmentJoin valueOf(String dimension, String clientId, String alias);

    /** The segments of the given clients (for a page of the list). */
    Map<Long, SegmentValues> valuesOf(Collection<Long> clientIds);
}
