package com.marginportal.security;

import java.util.Optional;

/**
 * The one check for control characters in names and free text (imports, portal forms, e-mail headers): CR/LF
 * would split log lines, CSV exports and mail headers, NUL truncates strings in other systems, and the other C0
 * and C1 controls (and DEL) are invisible on screen. Single-line values (names, subjects, codes, import cells)
 * may hold none of them; multi-line notes may hold tab and line breaks only.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Refuses a single-line value holding any control character; null passes (presence is checked elsewhere). */
    public static String requireSingleLine(String field, String value) {
        return require(field, value, false);
    }

    /** Refuses a multi-line note holding a control character other than tab, CR and LF. */
    public static String requireMultiLine(String field, String value) {
        return require(field, value, true);
    }

    private static String require(String field, String value, boolean multiLine) {
        int at = firstControl(value, multiLine);
        if (at >= 0) {
            throw new InvalidTextException(field, value, reason(value.charAt(at), multiLine), name(value.charAt(at)));
        }
        return value;
    }

    /** Why the value is refused, e.g. "contains the control character U+0000 (NUL)"; empty when it is fine. */
    public static Optional<String> problem(String value, boolean multiLine) {
        int at = firstControl(value, multiLine);
        return at < 0 ? Optional.empty() : Optional.of(reason(value.charAt(at), multiLine));
    }

    private static int firstControl(String value, boolean multiLine) {
        for (int i = 0; value != null && i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }

    private static String reason(char c, boolean multiLine) {
        return "contains the control character " + name(c)
                + (multiLine ? " (only tab and line breaks are allowed)" : " (not allowed in a single-line value)");
    }

    /** The value with its control characters made visible: \n, \r, \t, \0, else \\uXXXX. */
    public static String escape(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\0' -> s.append("\\0");
                case '\\' -> s.append('\\');
                default -> {
                    if (isControl(c)) {
                        s.append(String.format("\\u%04X", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static String name(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case '\n' -> code + " (line feed)";
            case '\r' -> code + " (carriage return)";
            case '\t' -> code + " (tab)";
            case '\0' -> code + " (NUL)";
            case 0x1b -> code + " (escape)";
            case 0x7f -> code + " (delete)";
            default -> code;
        };
    }

    /** A value refused by {@link PlainText}: names the field, shows the value escaped, says why. */
    public static final class InvalidTextException extends IllegalArgumentException {

        private final String field;
        private final String character;

        InvalidTextException(String field, String value, String reason, String character) {
            super(field + ": '" + abbreviate(escape(value)) + "' " + reason);
            this.field = field;
            this.character = character;
        }

        public String field() {
            return field;
        }

        /** The refused character, e.g. "U+000D (carriage return)". */
        public String character() {
            return character;
        }

        private static String abbreviate(String text) {
            return text.length() <= 80 ? text : text.substring(0, 80) + "…";
        }
    }
}
