package com.marginportal.workflow.ui;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;

/**
 * A notice's delivery state in words: "已发送"; "已被后续的追保通知（#12）取代，未发送" for a SUPERSEDED one;
 * "待发送（排在本事项通知 #11 之后）" for one waiting behind an earlier notice of its case; "未能生成，未发送" for one
 * that could not be written; "待重发（已失败 2 次，下次 …）" for one the mail server refused so far.
 */
final class NoticeStatusText {

    private NoticeStatusText() {
    }

    static String of(Component ui, NoticeRecord n) {
        NoticeRecord.Replacement by = n.replacedBy();
        if (by != null) {
            return ui.getTranslation("noticeStatus.supersededBy", String.valueOf(by.noticeId()),
                    ui.getTranslation("noticeType." + by.type().name()));
        }
        if (!n.written()) {
            return ui.getTranslation("noticeStatus.notWritten");
        }
        if (n.waitingFor() != null) {
            return ui.getTranslation("noticeStatus.waitingFor", String.valueOf(n.waitingFor()));
        }
        return n.retrying() ? ui.getTranslation("noticeStatus.retrying", n.attempts(), Formats.dateTime(n.nextAttemptAt()))
                : ui.getTranslation("noticeStatus." + n.status().name());
    }
}
