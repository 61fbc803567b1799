package com.marginportal.notification;

/** Who a new notice goes to and what it is: the outbox row's columns besides the rendered content. */
record NoticeHeader(NoticeType type, Long caseId, long clientId, long branchId, String recipientEmail,
                    String recipientName, String language, String dedupKey) {

    static NoticeHeader of(RiskNoticeRequest r) {
        return new NoticeHeader(r.type(), r.caseId(), r.clientId(), r.branchId(), r.recipientEmail(),
                r.recipientName(), r.language(), r.dedupKey());
    }

    /** Reports belong to no risk case. */
    static NoticeHeader of(PeriodicReportRequest r) {
        return new NoticeHeader(NoticeType.PERIODIC_REPORT, null, r.clientId(), r.branchId(), r.recipientEmail(),
                r.recipientName(), r.language(), r.dedupKey());
    }
}
