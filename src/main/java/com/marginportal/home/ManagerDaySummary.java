package com.marginportal.home;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.marginportal.home.domain.AttentionItem;

/**
 * What the manager's home shows, read once per visit: the cases that need them in order, the totals (the list
 * shows at most {@link ManagerDay#SHOWN} of each), client names and the holders' names by login.
 */
public record ManagerDaySummary(List<AttentionItem> items, long decisionsWaiting, long overdueWork,
                                Map<Long, String> clientNames, Map<String, String> holderNames, Instant asOf) {
}
