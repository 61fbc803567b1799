package com.marginportal.home.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What needs a manager now, in the order to handle it: the decisions waiting for them (the most overdue first,
 * then the soonest due; at the same due time the lowest maintenance ratio first), then the other overdue work of
 * the branch, the longest overdue first. A case appears once:
 * a decision that is also overdue is listed as the decision.
 */
public final class Attention {

    /** Due at the same time (a night's breaches are all due when the day starts): the account most at risk first. */
    private static final Comparator<AttentionItem> SOONEST_DUE = Comparator
            .comparing(AttentionItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AttentionItem::ratio, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(AttentionItem::caseId);

    private Attention() {
    }

    public static List<AttentionItem> order(List<AttentionItem> decisions, List<AttentionItem> overdue) {
        List<AttentionItem> ordered = new ArrayList<>(decisions.stream().sorted(SOONEST_DUE).toList());
        Set<Long> listed = new HashSet<>();
        ordered.forEach(i -> listed.add(i.caseId()));
        overdue.stream().sorted(SOONEST_DUE).filter(i -> listed.add(i.caseId())).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
