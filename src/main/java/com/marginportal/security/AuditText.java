package com.marginportal.security;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Audit details the system writes, as a message of the UI bundle ({@code audit.text.<key>} in
 * i18n/messages_*.properties) and its arguments, so the audit log shows them in the reader's language. The
 * arguments are text as the caller formats them (a year stays "2026", not "2,026"). {@link #english()} is what the
 * {@code details} column keeps for exports and readers that do not translate.
 */
public record AuditText(String key, List<String> args) {

    private static final String BUNDLE = "i18n.messages";

    public AuditText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        english(key, args); // a key the bundle does not have fails at the call site, not in the audit view
    }

    public static AuditText of(String key, Object... args) {
        return new AuditText(key, Arrays.stream(args).map(a -> a == null ? "-" : a.toString()).toList());
    }

    /** The bundle's key of the message {@code key}. */
    static String messageKey(String key) {
        return "audit.text." + key;
    }

    public String english() {
        return english(key, args);
    }

    private static String english(String key, List<String> args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(messageKey(key));
            return new MessageFormat(pattern, Locale.ENGLISH).format(args.toArray());
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no audit text " + messageKey(key) + " in the English bundle", e);
        }
    }
}
