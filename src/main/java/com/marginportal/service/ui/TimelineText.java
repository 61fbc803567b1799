package com.marginportal.service.ui;

import java.math.BigDecimal;

import com.marginportal.service.TimelineEntry;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;

/** Words a timeline entry in the reader's language: code arguments are translated, ratios shown as percentages. */
final class TimelineText {

    private TimelineText() {
    }

    static String summary(Component ui, TimelineEntry e) {
        Object[] args = e.args().stream().map(a -> arg(ui, a)).toArray();
        return ui.getTranslation(e.summaryKey(), args);
    }

    private static Object arg(Component ui, Object a) {
        if (a instanceof TimelineEntry.Code code) {
            return ui.getTranslation(code.key());
        }
        if (a instanceof BigDecimal ratio) {
            return Formats.percent(ratio);
        }
        return String.valueOf(a);
    }
}
