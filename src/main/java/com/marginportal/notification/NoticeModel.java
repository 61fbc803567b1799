package com.marginportal.notification;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The template variables of one notice: every figure already formatted for the client's language, so the
 * templates only place text. Lists of facts are maps (label, value): Thymeleaf's OGNL reads maps, not records.
 */
final class NoticeModel {

    private final NoticeMessages messages;
    private final NoticeLanguage language;
    private final NoticeFormats formats;

    NoticeModel(NoticeMessages messages, NoticeLanguage language) {
        this.messages = messages;
        this.language = language;
        this.formats = new NoticeFormats(messages, language);
    }

    Map<String, Object> variables(RiskNoticeRequest r, Duration ackValidity) {
        NoticeFigures f = r.figures();
        NoticeLines l = r.lines();
        Map<String, Object> v = new HashMap<>();
        v.put("lang", language.tag());
        v.put("accent", accent(r.type()));
        v.put("title", messages.get(language, "title." + r.type().name()));
        v.put("name", r.recipientName());
        v.put("account", r.maskedAccountNumber());
        v.put("caseId", Long.toString(r.caseId()));
        v.put("valuedAt", formats.dateTime(f.valuedAt()));
        v.put("ratio", formats.ratio(f.maintenanceRatio()));
        v.put("warningLine", formats.ratio(l.warning()));
        v.put("marginCallLine", formats.ratio(l.marginCall()));
        v.put("liquidationLine", formats.ratio(l.liquidation()));
        v.put("topUpTarget", formats.ratio(l.topUpTarget()));
        v.put("topUpAmount", formats.money(r.topUpAmount()));
        v.put("deadline", r.topUpDeadline() == null ? "" : formats.dateTime(r.topUpDeadline().toInstant()));
        v.put("outcome", r.outcome() == null ? "" : r.outcome());
        v.put("advisor", r.advisorPhone() == null
                ? messages.get(language, "advisor.contactNoPhone", r.advisorName())
                : messages.get(language, "advisor.contact", r.advisorName(), r.advisorPhone()));
        v.put("colon", messages.get(language, "colon"));
        v.put("figures", List.of(
                fact("label.ratio", formats.ratio(f.maintenanceRatio())),
                fact("label.totalAssets", formats.money(f.totalAssets())),
                fact("label.securitiesValue", formats.money(f.securitiesValue())),
                fact("label.cash", formats.money(f.cash())),
                fact("label.totalDebt", formats.money(f.totalDebt())),
                fact("label.financingDebt", formats.money(f.financingDebt())),
                fact("label.shortLiability", formats.money(f.shortLiability()))));
        v.put("lines", List.of(
                fact("label.warningLine", formats.ratio(l.warning())),
                fact("label.marginCallLine", formats.ratio(l.marginCall())),
                fact("label.liquidationLine", formats.ratio(l.liquidation())),
                fact("label.topUpTarget", formats.ratio(l.topUpTarget()))));
        v.put("subject", subject(r, v));
        v.put("acknowledge", r.type().acknowledgeable());
        v.put("ackLink", AcknowledgementLinks.MARKER);
        v.put("ackValidity", formats.validity(ackValidity));
        return v;
    }

    private String subject(RiskNoticeRequest r, Map<String, Object> v) {
        return messages.get(language, "subject." + r.type().name(), v.get("ratio"), v.get("deadline"), v.get("topUpTarget"));
    }

    private Map<String, String> fact(String labelKey, String value) {
        return Map.of("label", messages.get(language, labelKey), "value", value);
    }

    /** Header colour: amber, orange, red, green. */
    private static String accent(NoticeType type) {
        return switch (type) {
            case WARNING -> "#b7791f";
            case MARGIN_CALL -> "#c05621";
            case LIQUIDATION -> "#c53030";
            case RESOLUTION -> "#2f855a";
            case PERIODIC_REPORT -> "#2b6cb0";
        };
    }
}
