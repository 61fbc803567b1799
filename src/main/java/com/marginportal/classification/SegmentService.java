package com.marginportal.classification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Segments of the caller's clients: counts per pair of dimensions (the segment matrix) and per value of one
 * dimension (distributions, e.g. for charts). Always within the caller's data scope — an advisor counts their
 * own clients, a manager their branch — and by effective value, like the client list's filters.
 */
@Service
public class SegmentService {

    private static final List<String> ALL = Arrays.stream(Dimension.values()).map(Dimension::name).toList();

    private final ClientDirectory clients;

    SegmentService(ClientDirectory clients) {
        this.clients = clients;
    }

    /** Counts over all four dimensions at once (one query): every matrix and distribution of the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public SegmentCounts counts() {
        return new SegmentCounts(clients.countBySegments(ClientFilter.NONE, ALL));
    }

    /** One matrix (a query grouping by just the two dimensions). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public SegmentMatrix matrix(Dimension rows, Dimension columns) {
        if (rows == columns) {
            throw new IllegalArgumentException("rows and columns must be different dimensions");
        }
        return new SegmentMatrix(rows, columns, clients.countBySegments(ClientFilter.NONE, List.of(rows.name(), columns.name())));
    }

    /** Value → number of clients, in the dimension's order with UNCLASSIFIED last; zero counts included. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Map<String, Long> distribution(Dimension dimension) {
        Map<List<String>, Long> counts = clients.countBySegments(ClientFilter.NONE, List.of(dimension.name()));
        Map<String, Long> distribution = new java.util.LinkedHashMap<>();
        for (String value : SegmentMatrix.valuesOf(dimension)) {
            distribution.put(value, counts.getOrDefault(List.of(value), 0L));
        }
        return distribution;
    }

    /** The distribution of every dimension, in dimension order (from one query over all four). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Map<Dimension, Map<String, Long>> distributions() {
        return counts().distributions();
    }
}
