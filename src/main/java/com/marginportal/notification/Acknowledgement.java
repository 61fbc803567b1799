package com.marginportal.notification;

import java.time.Instant;

/** A recorded acknowledgement, for the confirmation the client sees ("zh-CN" or "en"). */
public record Acknowledgement(long noticeId, String language, Instant acknowledgedAt) {
}
