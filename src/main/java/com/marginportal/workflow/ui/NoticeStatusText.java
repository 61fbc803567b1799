package com.marginportal.workflow.ui;

import com.marginportal.notification.NoticeRecord;
import com.vaadin.flow.component.Component;

/**
 * A notice's delivery state in words: "已发送"; "已被后续的追保通知（#12）取代，未发送" for a SUPERSEDED one;
 * "待发送（排在本事项通知 #11 之后）" for one waiting behind an earlier notice of its case; "未能生成，未发送" for one
 * that could not be written.
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
        return n.waitingFor() != null ? ui.getTranslation("noticeStatus.waitingFor", String.valueOf(n.waitingFor()))
                : ui.getTranslation("noticeStatus." + n.status().name());
    }
}
