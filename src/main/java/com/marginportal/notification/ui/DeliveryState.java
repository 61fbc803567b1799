package com.marginportal.notification.ui;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;

/**
 * A notice's delivery state in the mail log's words. A pending notice whose attempts failed says so, and when it is
 * tried next: "待发送" alone read as if nothing had happened while the mail server refused it for minutes.
 */
final class DeliveryState {

    private DeliveryState() {
    }

    static String of(Component ui, NoticeRecord n) {
        if (n.retrying()) {
            return ui.getTranslation("noticeStatus.retrying", n.attempts(), Formats.dateTime(n.nextAttemptAt()));
        }
        return ui.getTranslation("noticeStatus." + n.status().name());
    }
}
