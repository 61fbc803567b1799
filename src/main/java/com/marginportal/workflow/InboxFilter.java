package com.marginportal.workflow;

import java.util.Locale;
import java.util.Optional;

/**
 * What the inbox shows: a level, a client, a branch; null or blank means any. The client is named as in the client
 * list: all digits are a client number (exactly), anything else part of the name. The inbox applies it in the
 * database, page by page ({@link InboxQuery}); {@link #matches} states the same rule for one task.
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
        if (clientText().isEmpty()) {
            return true;
        }
        return clientNumber().map(n -> n == clientId).orElseGet(() -> clientName != null
                && clientName.toLowerCase(Locale.ROOT).contains(clientText().get().toLowerCase(Locale.ROOT)));
    }

    /** The client's text, stripped; empty when any client will do. */
    public Optional<String> clientText() {
        return client == null || client.isBlank() ? Optional.empty() : Optional.of(client.strip());
    }

    /** The client number the text names (all digits); empty for a name (or a number no client can have). */
    public Optional<Long> clientNumber() {
        return clientText().filter(t -> t.chars().allMatch(c -> c >= '0' && c <= '9') && t.length() <= 18)
                .map(Long::parseLong);
    }

    /** True when the text is all digits: a client number, even one too long for any client. */
    public boolean namesClientNumber() {
        return clientText().map(t -> t.chars().allMatch(c -> c >= '0' && c <= '9')).orElse(false);
    }
}
