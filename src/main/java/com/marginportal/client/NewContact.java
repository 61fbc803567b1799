package com.marginportal.client;

import java.util.Set;

import com.marginportal.security.PlainText;

/**
 * A contact an advisor made with a client, for the contact history: channel (PHONE, SMS, EMAIL, IN_PERSON,
 * WECHAT), whether the client was reached, a subject and an optional note.
 */
public record NewContact(String channel, boolean reached, String subject, String note) {

    public static final Set<String> CHANNELS = Set.of("PHONE", "SMS", "EMAIL", "IN_PERSON", "WECHAT");
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_NOTE = 2000;

    public NewContact {
        if (!CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("unknown channel " + channel);
        }
        if (subject == null || subject.isBlank() || subject.strip().length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("a contact needs a subject of at most " + MAX_SUBJECT + " characters");
        }
        subject = PlainText.requireSingleLine("subject", subject.strip());
        note = note == null || note.isBlank() ? null : PlainText.requireMultiLine("note", note.strip());
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note is longer than " + MAX_NOTE + " characters");
        }
    }
}
