package com.marginportal.security;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

import com.marginportal.TimeConfiguration;

/**
 * Audit details the system writes, as a message of the UI bundle ({@code audit.text.<key>} in
 * i18n/messages_*.properties) and its arguments, so the audit log shows them in the reader's language. The
 * arguments are text as the caller formats them (a year stays "2026", not "2,026"). {@link #english()} is what the
 * {@code details} column keeps for exports and readers that do not translate. A code among the arguments (a role, a
 * status, a channel) is passed as a {@link #word word}, so that it too is read in the reader's language.
 */
public record AuditText(String key, List<String> args) {

    private static final String BUNDLE = "i18n.messages";
    /** Marks an argument that is a message key; the arguments are stored as text, so the mark travels with them. */
    private static final String WORD = "#word:";
    private static final DateTimeFormatter MARKET_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TimeConfiguration.MARKET_ZONE);

    public AuditText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        english(key, args); // a key the bundle does not have fails at the call site, not in the audit view
    }

    public static AuditText of(String key, Object... args) {
        return new AuditText(key, Arrays.stream(args).map(AuditText::stored).toList());
    }

    /** A code to be read in words ({@link #word}): the message key of its text. */
    public record Word(String key) {
    }

    /** An argument in words: the message key of a code ("role.ADVISOR"), read in the reader's language. */
    public static Word word(String messageKey) {
        return new Word(messageKey);
    }

    private static String stored(Object arg) {
        if (arg == null) {
            return "-";
        }
        if (arg instanceof Word word) {
            return WORD + word.key();
        }
        String text = arg.toString();
        // what a person typed stays text even when it looks like a word (a zero-width space in front, not shown)
        return text.startsWith(WORD) ? "\u200B" + text : text;
    }

    /** An argument that is a time, as the portal shows times (market time, to the minute). */
    public static String time(Instant instant) {
        return instant == null ? "-" : MARKET_TIME.format(instant);
    }

    /**
     * The arguments as a reader reads them: each {@link #word} through {@code translate} (a word it has no text for
     * shows its code, the key's last part), the others as they are.
     */
    public static Object[] readable(List<String> args, UnaryOperator<String> translate) {
        return args.stream().map(a -> {
            if (!a.startsWith(WORD)) {
                return a;
            }
            String key = a.substring(WORD.length());
            String text = translate.apply(key);
            return text == null || text.startsWith("!") ? key.substring(key.lastIndexOf('.') + 1) : text;
        }).toArray();
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
            ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = english.getString(messageKey(key));
            // a word the bundle lacks fails here, at the call site, like a missing key
            return new MessageFormat(pattern, Locale.ENGLISH).format(readable(args, english::getString));
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text " + e.getKey() + " in the English bundle (audit text " + key
                    + ")", e);
        }
    }
}
