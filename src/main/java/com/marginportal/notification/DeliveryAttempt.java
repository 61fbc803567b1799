package com.marginportal.notification;

import java.time.Instant;

/** One hand-over of a notice to the mail server; {@code error} is null when it was accepted. */
public record DeliveryAttempt(long noticeId, int attemptNo, Instant attemptedAt, boolean delivered, String error) {
}
