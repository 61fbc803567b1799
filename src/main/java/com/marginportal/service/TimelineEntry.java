package com.marginportal.service;

import java.time.Instant;
import java.util.List;

/**
 * One line of a client's timeline. The summary is a message key with its arguments, worded by the view in the
 * reader's language: a {@link Code} argument is itself a message key (a channel, a level, a class), a
 * {@link java.math.BigDecimal} a ratio, anything else is shown as it is. {@code detail} and {@code actor} are data
 * (a note, a subject, a user name) and stay as recorded.
 */
public record TimelineEntry(Instant at, TimelineKind kind, String summaryKey, List<Object> args, String detail,
                            String actor) {

    public TimelineEntry {
        args = List.copyOf(args);
    }

    /** An argument that is a message key. */
    public record Code(String key) {
    }
}
