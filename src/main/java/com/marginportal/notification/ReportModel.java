package com.marginportal.notification;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The template variables of a periodic report, formatted for the client's language (see {@link NoticeModel}). */
final class ReportModel {

    private final NoticeMessages messages;
    private final NoticeLanguage language;
    private final NoticeFormats formats;

    ReportModel(NoticeMessages messages, NoticeLanguage language) {
        this.messages = messages;
        this.language = language;
        this.formats = new NoticeFormats(messages, language);
    }

    Map<String, Object> variables(PeriodicReportRequest r) {
        String month = DateTimeFormatter.ofPattern(messages.get(language, "format.monthPattern"), language.locale())
                .format(r.period());
        Map<String, Object> v = new HashMap<>();
        v.put("lang", language.tag());
        v.put("report", true);
        v.put("accent", "#2b6cb0");
        v.put("title", messages.get(language, "title.PERIODIC_REPORT"));
        v.put("subject", messages.get(language, "subject.PERIODIC_REPORT", month));
        v.put("name", r.recipientName());
        v.put("account", r.maskedAccountNumber());
        v.put("month", month);
        v.put("valuedAt", r.valuedAt() == null ? messages.get(language, "report.notValued") : formats.dateTime(r.valuedAt()));
        List<Map<String, String>> figures = new java.util.ArrayList<>();
        figures.add(fact("label.ratio", formats.ratio(r.maintenanceRatio())));
        if (r.warningLine() != null) { // the ratio read against the lines the client is held to
            figures.add(fact("label.reportLines", formats.ratio(r.warningLine()) + " / "
                    + formats.ratio(r.marginCallLine()) + " / " + formats.ratio(r.liquidationLine())));
        }
        figures.add(fact("label.totalAssets", formats.money(r.totalAssets())));
        figures.add(fact("label.totalDebt", formats.money(r.totalDebt())));
        figures.add(fact("label.cash", formats.money(r.cash())));
        figures.add(Map.of("label", messages.get(language, "label.trades", month),
                "value", messages.get(language, "report.tradesCount", r.tradesInPeriod())));
        v.put("figures", List.copyOf(figures));
        v.put("recommendations", r.recommendations());
        v.put("advisor", r.advisorPhone() == null
                ? messages.get(language, "advisor.contactNoPhone", r.advisorName())
                : messages.get(language, "advisor.contact", r.advisorName(), r.advisorPhone()));
        v.put("colon", messages.get(language, "colon"));
        return v;
    }

    private Map<String, String> fact(String labelKey, String value) {
        return Map.of("label", messages.get(language, labelKey), "value", value);
    }
}
