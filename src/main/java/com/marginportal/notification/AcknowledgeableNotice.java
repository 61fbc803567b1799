package com.marginportal.notification;

/**
 * What the public acknowledgement page may show of a notice: its subject and text (without the link paragraph)
 * and the masked account number, in the notice's language ("zh-CN" or "en"). Nothing else leaves the outbox.
 */
public record AcknowledgeableNotice(long noticeId, String language, String subject, String text,
                                    String maskedAccountNumber) {
}
