package com.marginportal.notification;

import java.time.Instant;

/** The mail log's filter: any field may be null (no restriction). {@code to} is exclusive. */
public record MailLogFilter(NoticeStatus status, NoticeType type, Instant from, Instant to) {

    public static MailLogFilter none() {
        return new MailLogFilter(null, null, null, null);
    }
}
