package com.marginportal.workflow;

import java.time.Instant;

import com.marginportal.notification.NoticeType;

/**
 * The client acknowledged one risk notice of the case at that time (through the notice's personal link).
 *
 * @param noticeKind how staff name the notice, as the client got it (notification.NoticeKind)
 */
public record CaseAcknowledgement(long noticeId, long caseId, NoticeType noticeType, Instant acknowledgedAt,
                                  String noticeKind) {

    public CaseAcknowledgement(long noticeId, long caseId, NoticeType noticeType, Instant acknowledgedAt) {
        this(noticeId, caseId, noticeType, acknowledgedAt, noticeType.name());
    }
}
