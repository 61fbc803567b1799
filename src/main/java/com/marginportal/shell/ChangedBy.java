package com.marginportal.shell;

import java.time.Instant;
import java.util.Map;

import com.vaadin.flow.component.Component;

/**
 * Who last changed a setting and when, as the settings lists show it: a person by display name, what the portal did
 * by itself (the seeded settings, scheduled runs) as "System" in the reader's language, never a login.
 */
public final class ChangedBy {

    /** The user name the portal records for what it does by itself. */
    public static final String SYSTEM = "system";

    private ChangedBy() {
    }

    /** @param displayNames display names by user name (security.UserDirectory#displayNames) */
    public static String text(Component reader, Map<String, String> displayNames, String username, Instant at) {
        String who = SYSTEM.equals(username) ? reader.getTranslation("common.system")
                : displayNames.getOrDefault(username, username);
        return who + " · " + Formats.dateTime(at);
    }
}
