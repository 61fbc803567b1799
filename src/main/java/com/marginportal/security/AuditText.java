package com.marginportal.security;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    /** Marks an argument that is {@link Fields}, stored as JSON after the mark. */
    private static final String FIELDS = "#fields:";
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /**
     * Named values, as a filter or the fields a change touched: "branch: 3; level: Liquidation" or "priority: 1 → 2".
     * Each name is a message key and each value text or a {@link #word}, so the whole reads in the reader's language;
     * none at all reads as "none". Built with {@link #fields()}; one argument of an audit text.
     */
    public static final class Fields {

        private final List<List<String>> entries = new ArrayList<>();

        private Fields() {
        }

        /** {@code name} (a message key) with its value; a null value leaves the field out (a filter's "any"). */
        public Fields with(String name, Object value) {
            if (value != null) {
                entries.add(List.of(name, stored(value)));
            }
            return this;
        }

        /** {@code name} changed from {@code before} to {@code after}; left out when the two are equal. */
        public Fields change(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                entries.add(List.of(name, stored(before), stored(after)));
            }
            return this;
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    public static Fields fields() {
        return new Fields();
    }

    private static String stored(Object arg) {
        if (arg == null) {
            return "-";
        }
        if (arg instanceof Word word) {
            return WORD + word.key();
        }
        if (arg instanceof Fields fields) {
            try {
                return FIELDS + JSON.writeValueAsString(fields.entries);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        String text = arg.toString();
        // what a person typed stays text even when it looks like a mark (a zero-width space in front, not shown)
        return text.startsWith(WORD) || text.startsWith(FIELDS) ? "\u200B" + text : text;
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
        return args.stream().map(a -> a.startsWith(FIELDS) ? fieldsText(a.substring(FIELDS.length()), translate)
                : readable(a, translate)).toArray();
    }

    private static String readable(String arg, UnaryOperator<String> translate) {
        if (!arg.startsWith(WORD)) {
            return arg;
        }
        String key = arg.substring(WORD.length());
        String text = translate.apply(key);
        return text == null || text.startsWith("!") ? key.substring(key.lastIndexOf('.') + 1) : text;
    }

    /** "name: value; name: before → after" with the reader's punctuation ({@code audit.fields.*}). */
    private static String fieldsText(String json, UnaryOperator<String> translate) {
        List<List<String>> entries;
        try {
            entries = JSON.readValue(json, new TypeReference<List<List<String>>>() { });
        } catch (JsonProcessingException e) {
            return json;
        }
        if (entries.isEmpty()) {
            return translate.apply("audit.fields.none");
        }
        String colon = translate.apply("audit.fields.colon");
        StringJoiner text = new StringJoiner(translate.apply("audit.fields.separator"));
        for (List<String> e : entries) {
            String value = readable(e.get(1), translate) + (e.size() > 2 ? " → " + readable(e.get(2), translate) : "");
            text.add(readable(WORD + e.get(0), translate) + colon + value);
        }
        return text.toString();
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
