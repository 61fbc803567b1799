package com.marginportal.shell;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * Who last changed a setting and when, as the settings lists show it: a person by display name, what the portal did
 * by itself (the seeded settings, scheduled runs) as "System" in the reader's language, never a login; the date kept
 * whole when the column wraps.
 */
public final class ChangedBy {

    /** The user name the portal records for what it does by itself. */
    public static final String SYSTEM = "system";

    private ChangedBy() {
    }

    /** @param displayNames display names by user name (security.UserDirectory#displayNames), as loaded now */
    public static <T> Renderer<T> cell(Component reader, Supplier<Map<String, String>> displayNames,
                                       Function<T, String> username, Function<T, Instant> at) {
        return DateTimeCells.after(row -> who(reader, displayNames.get(), username.apply(row)) + " ·", at);
    }

    private static String who(Component reader, Map<String, String> displayNames, String username) {
        return SYSTEM.equals(username) ? reader.getTranslation("common.system")
                : displayNames.getOrDefault(username, username);
    }
}
