package com.marginportal.notification.ui;

import java.util.List;

import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.notification.DeliveryAttempt;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One notice as the client sees it: the stored rendering (not a re-render, so it is exactly what was sent) in a
 * sandboxed frame without scripts, with delivery attempts and the client's acknowledgement.
 */
class NoticeDialog extends Dialog {

    NoticeDialog(NoticeRecord n, List<DeliveryAttempt> attempts) {
        setHeaderTitle(n.subject());
        setWidth("900px");
        setMaxWidth("95vw");
        Div facts = new Div(
                line("mailLog.to", n.recipientName() + " <" + PersonalDataMask.email(n.recipient()) + ">"),
                line("mailLog.status", DeliveryState.of(this, n)
                        + (n.sentAt() == null ? "" : " · " + Formats.dateTime(n.sentAt()))),
                line("mailLog.col.acknowledged", n.acknowledgedAt() == null ? getTranslation("mailLog.notAcknowledged")
                        : Formats.dateTime(n.acknowledgedAt())));
        for (DeliveryAttempt a : attempts) {
            facts.add(line("mailLog.attempt", "#" + a.attemptNo() + " " + Formats.dateTime(a.attemptedAt()) + " · "
                    + (a.delivered() ? getTranslation("mailLog.accepted") : a.error())));
        }
        IFrame body = new IFrame();
        body.setId("mail-body");
        body.setSrcdoc(n.htmlForStaff(getTranslation("mailLog.personalLink")));
        body.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        body.setWidthFull();
        body.setHeight("60vh");
        body.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        add(facts, body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph p = new Paragraph(getTranslation("common.labelled", getTranslation(labelKey), value));
        p.getStyle().set("margin", "0");
        return p;
    }
}
