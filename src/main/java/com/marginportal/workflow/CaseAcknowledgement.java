package com.marginportal.workflow;

import java.time.Instant;

import com.marginportal.notification.NoticeType;

/** The client acknowledged one risk notice of the case at that time (through the notice's personal link). */
public record CaseAcknowledgement(long noticeId, long caseId, NoticeType noticeType, Instant acknowledgedAt) {
}
