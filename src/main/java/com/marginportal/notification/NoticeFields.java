package com.marginportal.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import com.marginportal.security.PlainText;

/** The checks every notice request makes of what its caller supplies. */
final class NoticeFields {

    private NoticeFields() {
    }

    static String text(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return trimmed;
    }

    /** A value that ends up in a mail header (a display name): one line, no control characters. */
    static String header(String value, String name, int max) {
        return PlainText.requireSingleLine(name, text(value, name, max));
    }

    static String optional(String value, String name, int max) {
        return value == null || value.isBlank() ? null : text(value, name, max);
    }

    static String address(String email) {
        String trimmed = PlainText.requireSingleLine("recipientEmail", text(email, "recipientEmail", 254));
        try {
            new InternetAddress(trimmed, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("recipientEmail is not an e-mail address: " + e.getMessage());
        }
        return trimmed;
    }

    /** An account number showing more than four digits is refused: notices never carry a full one. */
    static String masked(String account) {
        String trimmed = text(account, "maskedAccountNumber", 40);
        if (trimmed.indexOf('*') < 0 || trimmed.chars().filter(Character::isDigit).count() > 4) {
            throw new IllegalArgumentException("maskedAccountNumber must be masked (at most the last 4 digits shown)");
        }
        return trimmed;
    }
}
