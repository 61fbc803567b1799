package com.marginportal.workflow.ui;

import com.marginportal.notification.NoticeRecord;
import com.vaadin.flow.component.Component;

/** A notice's delivery state in words: "已发送", or "已被后续的追保通知（#12）取代，未发送" for a SUPERSEDED one. */
final class NoticeStatusText {

    private NoticeStatusText() {
    }

    static String of(Component ui, NoticeRecord n) {
        NoticeRecord.Replacement by = n.replacedBy();
        return by == null ? ui.getTranslation("noticeStatus." + n.status().name())
                : ui.getTranslation("noticeStatus.supersededBy", String.valueOf(by.noticeId()),
                        ui.getTranslation("noticeType." + by.type().name()));
    }
}
