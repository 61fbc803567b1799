package com.marginportal.classification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import com.marginportal.TimeConfiguration;
import com.marginportal.classification.domain.Dimension;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API (no logged-in user): a client's effective segment per dimension — an override in force wins —
 * for services the system runs on its own (the monthly report's recommendations). Unclassified dimensions are
 * left out. Never expose it to views.
 */
@Service
@Transactional(readOnly = true)
public class ClientSegments {

    private final ClassificationStore store;
    private final Clock clock;

    ClientSegments(ClassificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Map<Dimension, String> effective(long clientId) {
        Map<Dimension, String> segments = new EnumMap<>(Dimension.class);
        store.forClient(clientId, LocalDate.now(clock.withZone(TimeConfiguration.MARKET_ZONE))).stream()
                .filter(c -> c.effectiveValue() != null && !Dimension.UNCLASSIFIED.equals(c.effectiveValue()))
                .forEach(c -> segments.put(c.dimension(), c.effectiveValue()));
        return segments;
    }
}
