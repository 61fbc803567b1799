package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.DEADLINE;

import java.util.Date;

import com.marginportal.notification.CaseNoticeWriter;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeSlot;
import com.marginportal.notification.NoticeType;
import com.marginportal.notification.NotificationService;

import org.flowable.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A manager's retry of a FAILED notice (Incidents): a notice whose delivery failed is queued again as it was; a risk
 * notice that could not be written is written again from the case as it is now (the notice step's own request,
 * {@link CaseNotices#riskRequest}; a margin call with its process's current deadline), in its place among the
 * case's notices. The notification services check the scope and audit.
 */
@Service
public class NoticeRetries {

    private final NotificationService notifications;
    private final CaseNoticeWriter writer;
    private final CaseNotices notices;
    private final CaseProcessStore links;
    private final RuntimeService runtime;

    NoticeRetries(NotificationService notifications, CaseNoticeWriter writer, CaseNotices notices,
                  CaseProcessStore links, RuntimeService runtime) {
        this.notifications = notifications;
        this.writer = writer;
        this.notices = notices;
        this.links = links;
        this.runtime = runtime;
    }

    /** True when the notice is queued again; false when it is gone, outside the scope, or still cannot be written. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public boolean retry(NoticeRecord notice) {
        return notice.written() ? notifications.retry(notice.id())
                : writer.rewrite(notice.id(), slot -> notices.rewriteRequest(slot, deadline(slot)));
    }

    /**
     * A margin call or extension states the top-up deadline the case's running process holds now (an extension
     * moves it; a later extension's own notice makes an earlier one's obsolete).
     */
    private Date deadline(NoticeSlot slot) {
        if (!slot.type().demandsTopUp()) {
            return null;
        }
        String processId = links.processInstanceId(slot.caseId())
                .filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() == 1)
                .orElseThrow(() -> new IllegalStateException("the case's breach process is no longer running"));
        return (Date) runtime.getVariable(processId, DEADLINE);
    }
}
