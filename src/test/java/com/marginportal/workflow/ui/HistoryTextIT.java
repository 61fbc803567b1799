package com.marginportal.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.marginportal.support.ViewTest;
import com.marginportal.workflow.CaseHistoryEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;

/** A notice that could not be written reads as such in the case history, with its reason, in both languages. */
class HistoryTextIT extends ViewTest {

    @Test
    void aNoticeThatCouldNotBeWrittenSaysSoAndWhy() {
        login("manager1");
        Div host = new Div();
        CaseHistoryEntry entry = new CaseHistoryEntry(Instant.now(), CaseHistoryEntry.Kind.NOTICE_NOT_WRITTEN,
                CaseHistoryEntry.SYSTEM, null, Map.of("noticeType", "MARGIN_CALL",
                "reason", "not written: recipientEmail is not an e-mail address"));

        assertThat(HistoryText.what(host, entry))
                .isEqualTo("追保通知未能生成，未发送（原因：not written: recipientEmail is not an e-mail address）");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(HistoryText.what(host, entry)).isEqualTo(
                "Margin call notice could not be written, not sent (reason: not written: recipientEmail is not an e-mail address)");
    }
}
