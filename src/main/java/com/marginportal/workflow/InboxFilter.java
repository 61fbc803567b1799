package com.marginportal.workflow;

import java.util.Locale;

/**
 * What the inbox shows: a level, a client (name or client number, part of it), a branch; null or blank means
 * any. Applied to the caller's own lists, which are short (tasks of one person or one group).
 */
public record InboxFilter(String level, String client, Long branchId) {

    public static final InboxFilter ANY = new InboxFilter(null, null, null);

    public boolean matches(InboxTask task, String clientName) {
        return matches(task.level(), task.clientId(), task.branchId(), clientName);
    }

    /** Any task on the inbox, by its facts: a task without a level (a plan's contact) fails a level filter. */
    public boolean matches(String taskLevel, long clientId, long taskBranchId, String clientName) {
        if (level != null && !level.equals(taskLevel)) {
            return false;
        }
        if (branchId != null && branchId != taskBranchId) {
            return false;
        }
        if (client == null || client.isBlank()) {
            return true;
        }
        String wanted = client.strip().toLowerCase(Locale.ROOT);
        return Long.toString(clientId).contains(wanted)
                || clientName != null && clientName.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
