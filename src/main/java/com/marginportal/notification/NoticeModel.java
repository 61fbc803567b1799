package com.marginportal.notification;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The template variables of one notice: every figure already formatted for the client's language, so the
 * templates only place text. Lists of facts are maps (label, value): Thymeleaf's OGNL reads maps, not records.
 * What the notice states as crossed comes from the request's crossed lines only, never from its type.
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
        v.put("title", messages.get(language, "title." + kind(r)));
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
        v.put("intro", messages.get(language, "intro", v.get("valuedAt"), r.maskedAccountNumber(),
                joined(r.crossedLines(), "crossed.")));
        v.put("ratioNotCrossed", ratioNotCrossed(r));
        v.put("advice", advice(r));
        v.put("demand", demand(r));
        v.put("granted", granted(r, v));
        v.put("consequence", consequence(r, v));
        v.put("resolutionFigures", resolutionFigures(r));
        v.put("figures", figures(f));
        v.put("figuresNote", messages.get(language, "section.figures.note"));
        v.put("lines", lines(l));
        v.put("subject", subject(r, v));
        v.put("acknowledge", r.type().acknowledgeable());
        v.put("ackLink", AcknowledgementLinks.MARKER);
        v.put("ackValidity", formats.validity(ackValidity));
        return v;
    }

    /** Each crossed line in words ("维持担保比例为 140.85%，已低于警戒线 150.00%"), joined. */
    private String joined(List<NoticeCrossedLine> crossed, String prefix) {
        List<String> parts = crossed.stream().map(c -> messages.get(language, prefix + c.kind().name(),
                formats.ratio(c.figure()), formats.ratio(c.threshold()))).toList();
        return String.join(messages.get(language, prefix + "separator"), parts);
    }

    /** When only the financing ratio is crossed, the maintenance ratio is shown as not crossed, never as crossed. */
    private String ratioNotCrossed(RiskNoticeRequest r) {
        boolean ratioCrossed = r.crossedLines().stream().anyMatch(c -> c.kind().maintenanceRatio());
        BigDecimal ratio = r.figures().maintenanceRatio();
        if (r.type() == NoticeType.RESOLUTION || ratioCrossed || ratio == null
                || ratio.compareTo(r.lines().warning()) < 0) {
            return "";
        }
        return messages.get(language, "ratio.notCrossed", formats.ratio(ratio), formats.ratio(r.lines().warning()));
    }

    /** What the client can do about each crossed line; the margin call's own demand covers the ratio lines there. */
    private List<String> advice(RiskNoticeRequest r) {
        List<String> advice = new ArrayList<>();
        if (r.type() == NoticeType.WARNING
                && r.crossedLines().stream().anyMatch(c -> c.kind() == NoticeCrossedLine.Kind.WARNING)) {
            advice.add(messages.get(language, "advice.WARNING"));
        }
        r.crossedLines().stream().filter(c -> c.kind() == NoticeCrossedLine.Kind.FINANCING_RATIO).findFirst()
                .ifPresent(c -> advice.add(messages.get(language, "advice.FINANCING_RATIO", formats.ratio(c.threshold()))));
        return advice;
    }

    /**
     * The demand of a margin call or an extension: the ratio back to the target and, if crossed, the financing ratio
     * back to its line.
     */
    private String demand(RiskNoticeRequest r) {
        if (!r.type().demandsTopUp()) {
            return "";
        }
        return financingCrossed(r) ? messages.get(language, "marginCall.demandBoth", formats.ratio(r.lines().topUpTarget()),
                formats.ratio(r.lines().financingRatio()))
                : messages.get(language, "marginCall.demand", formats.ratio(r.lines().topUpTarget()));
    }

    /**
     * What happens at the deadline; and, for an account above the liquidation line, below it. An extension granted
     * below the liquidation line does not threaten immediate liquidation "should the ratio fall below" it: it is there.
     */
    private String consequence(RiskNoticeRequest r, Map<String, Object> v) {
        if (!r.type().demandsTopUp()) {
            return "";
        }
        boolean belowLiquidation = r.crossedLines().stream().anyMatch(c -> c.kind() == NoticeCrossedLine.Kind.LIQUIDATION);
        String atDeadline = messages.get(language, "consequence.deadline", v.get("deadline"));
        return belowLiquidation ? atDeadline
                : atDeadline + messages.get(language, "consequence.liquidationLine", v.get("liquidationLine"));
    }

    /**
     * Where the quoted figures stand: a case a manager closed or handed to trading may end below a line, and the
     * client is told which, in the words of the risk notices; otherwise the ratio (and the financing ratio's line).
     */
    private String resolutionFigures(RiskNoticeRequest r) {
        NoticeFigures f = r.figures();
        boolean financingCrossed = r.crossedLines().stream()
                .anyMatch(c -> c.kind() == NoticeCrossedLine.Kind.FINANCING_RATIO);
        String ratio = r.crossedLines().isEmpty()
                ? messages.get(language, "resolution.ratio", formats.dateTime(f.valuedAt()), formats.ratio(f.maintenanceRatio()))
                : messages.get(language, "resolution.crossed", formats.dateTime(f.valuedAt()),
                        joined(r.crossedLines(), "crossed."));
        if (r.lines().financingRatio() == null || f.financingRatio() == null || financingCrossed) {
            return ratio;
        }
        return ratio + messages.get(language, "resolution.financingRatio", formats.ratio(f.financingRatio()),
                formats.ratio(r.lines().financingRatio()));
    }

    /** Assets with their parts, debt with its parts, then the two ratios; {@code section.figures.note} says how they add up. */
    private List<Map<String, String>> figures(NoticeFigures f) {
        List<Map<String, String>> rows = new ArrayList<>(List.of(
                fact("label.cash", formats.money(f.cash())),
                fact("label.securitiesValue", formats.money(f.securitiesValue())),
                fact("label.totalAssets", formats.money(f.totalAssets())),
                fact("label.financingDebt", formats.money(f.financingDebt())),
                fact("label.shortLiability", formats.money(f.shortLiability())),
                fact("label.interestAndFees", formats.money(f.interestAndFees())),
                fact("label.totalDebt", formats.money(f.totalDebt())),
                fact("label.ratio", formats.ratio(f.maintenanceRatio()))));
        if (f.financingRatio() != null) {
            rows.add(fact("label.financingRatio", formats.ratio(f.financingRatio())));
        }
        return rows;
    }

    private List<Map<String, String>> lines(NoticeLines l) {
        List<Map<String, String>> rows = new ArrayList<>(List.of(
                fact("label.warningLine", formats.ratio(l.warning())),
                fact("label.marginCallLine", formats.ratio(l.marginCall())),
                fact("label.liquidationLine", formats.ratio(l.liquidation())),
                fact("label.topUpTarget", formats.ratio(l.topUpTarget()))));
        if (l.financingRatio() != null) {
            rows.add(fact("label.financingRatioLine", formats.ratio(l.financingRatio())));
        }
        return rows;
    }

    /**
     * Risk notices name every crossed line with figure and threshold; a margin call leads with its deadline and
     * demand. {0} = the crossed lines, {1} = deadline, {2} = the demand.
     */
    private String subject(RiskNoticeRequest r, Map<String, Object> v) {
        if (r.type() == NoticeType.RESOLUTION) {
            return messages.get(language, "subject.RESOLUTION");
        }
        String demand = !r.type().demandsTopUp() ? ""
                : financingCrossed(r) ? messages.get(language, "subject.demandBoth", v.get("topUpTarget"),
                        formats.ratio(r.lines().financingRatio()))
                : messages.get(language, "subject.demand", v.get("topUpTarget"));
        return messages.get(language, "subject." + kind(r), joined(r.crossedLines(), "subject.crossed."),
                v.get("deadline"), demand);
    }

    /**
     * The message key of the notice's kind: an extension of a deadline the client held, or — where it held none (a
     * liquidation notice names no deadline) — the first deadline set ("EXTENSION.first"): it was not extended.
     */
    private static String kind(RiskNoticeRequest r) {
        return r.setsDeadline() ? "EXTENSION.first" : r.type().name();
    }

    /** An extension in words: from the deadline held to the new one, or the deadline set. */
    private String granted(RiskNoticeRequest r, Map<String, Object> v) {
        if (r.type() != NoticeType.EXTENSION) {
            return "";
        }
        return r.setsDeadline()
                ? messages.get(language, "extension.first", v.get("deadline"), v.get("caseId"))
                : messages.get(language, "extension.granted", v.get("deadline"), v.get("caseId"),
                        formats.dateTime(r.heldDeadline().toInstant()));
    }

    private static boolean financingCrossed(RiskNoticeRequest r) {
        return r.crossedLines().stream().anyMatch(c -> c.kind() == NoticeCrossedLine.Kind.FINANCING_RATIO);
    }

    private Map<String, String> fact(String labelKey, String value) {
        return Map.of("label", messages.get(language, labelKey), "value", value);
    }

    /** Header colour: amber, orange (a demand), red, green, blue. */
    private static String accent(NoticeType type) {
        return switch (type) {
            case WARNING -> "#b7791f";
            case MARGIN_CALL, EXTENSION -> "#c05621";
            case LIQUIDATION -> "#c53030";
            case RESOLUTION -> "#2f855a";
            case PERIODIC_REPORT -> "#2b6cb0";
        };
    }
}
