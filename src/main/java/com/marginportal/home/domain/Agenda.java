package com.marginportal.home.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The advisor's work grouped by urgency (overdue, due today, later), each group soonest due first; within the same
 * due time a breach task comes before a contact plan or a service request (a client's money is at stake).
 */
public final class Agenda {

    private static final Comparator<AgendaItem> ORDER = Comparator
            .comparing(AgendaItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AgendaItem::kind);

    private Agenda() {
    }

    public static Map<Urgency, List<AgendaItem>> byUrgency(List<AgendaItem> items, Instant now, ZoneId zone) {
        Map<Urgency, List<AgendaItem>> groups = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            groups.put(u, List.of());
        }
        groups.putAll(items.stream().sorted(ORDER)
                .collect(Collectors.groupingBy(i -> Urgency.of(i.due(), now, zone), () -> new EnumMap<>(Urgency.class),
                        Collectors.toList())));
        return groups;
    }
}
