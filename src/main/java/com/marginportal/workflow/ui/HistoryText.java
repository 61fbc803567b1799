package com.marginportal.workflow.ui;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.shell.Formats;
import com.marginportal.workflow.CaseHistoryEntry;
import com.vaadin.flow.component.Component;

/**
 * A case history entry in the reader's language: "2026-11-25 10:05  王经理 · 决定：强制平仓 · 理由：…". The board's
 * case view and the resolution record both word their entries here, so the two read alike.
 */
final class HistoryText {

    private HistoryText() {
    }

    /** Who acted: the person's display name, 系统 for the system, 客户 for the client. */
    static String actor(Component c, CaseHistoryEntry e) {
        if (e.actorName() != null) {
            return e.actorName();
        }
        return switch (e.actor()) {
            case CaseHistoryEntry.SYSTEM -> c.getTranslation("history.actor.system");
            case CaseHistoryEntry.CLIENT -> c.getTranslation("history.actor.client");
            default -> e.actor();
        };
    }

    static String line(Component c, CaseHistoryEntry e) {
        return Formats.dateTime(e.at()) + "  " + actor(c, e) + " · " + what(c, e);
    }

    static String what(Component c, CaseHistoryEntry e) {
        String key = "history." + e.kind().name();
        return switch (e.kind()) {
            case CASE_OPENED, LEVEL_RAISED -> e.fact("financingRatio") != null // an opening on the financing ratio
                    ? c.getTranslation(key + ".financing", code(c, "level.", e.fact("level")),
                            ratio(c, e.fact("financingRatio")), ratio(c, e.fact("ratio")))
                    : c.getTranslation(key, code(c, "level.", e.fact("level")), ratio(c, e.fact("ratio")));
            case RATIO_RESTORED -> e.fact("financingRatio") != null
                    ? c.getTranslation(key + ".financing", ratio(c, e.fact("financingRatio")), ratio(c, e.fact("ratio")))
                    : c.getTranslation(key, ratio(c, e.fact("ratio")));
            case NOTICE_QUEUED, NOTICE_SENT, NOTICE_FAILED, ACKNOWLEDGED ->
                    c.getTranslation(key, code(c, "noticeType.", noticeKind(e)));
            case NOTICE_NOT_WRITTEN -> c.getTranslation(key, code(c, "noticeType.", noticeKind(e)),
                    e.fact("reason") == null ? "—" : e.fact("reason"));
            case NOTICE_SUPERSEDED -> c.getTranslation(key, code(c, "noticeType.", noticeKind(e)), e.fact("by"));
            case TASK_CREATED -> c.getTranslation(key, code(c, "task.", e.fact("task")), holder(c, e));
            case TASK_CLAIMED, TASK_RETURNED, TASK_COMPLETED, TASK_CANCELLED -> c.getTranslation(key, code(c, "task.", e.fact("task")));
            case TASK_REASSIGNED -> c.getTranslation(key, code(c, "task.", e.fact("task")), holder(c, e));
            case CONTACT_ATTEMPT -> c.getTranslation(key, e.fact("attempt"), code(c, "channel.", e.fact("channel")),
                    c.getTranslation("true".equals(e.fact("reached")) ? "resolution.reached" : "resolution.notReached"),
                    e.fact("plan") == null ? "" : " · " + code(c, "plan.", e.fact("plan")),
                    e.fact("note") == null || e.fact("note").isBlank() ? "" : " · " + e.fact("note"));
            case DECISION -> c.getTranslation(key, code(c, "decision.", e.fact("decision")), e.fact("reason"),
                    e.fact("newDeadline") == null ? ""
                            : c.getTranslation("history.newDeadline", Formats.dateTime(Instant.parse(e.fact("newDeadline")))));
            case MESSAGE_POSTED -> c.getTranslation(key, e.fact("recipientName") != null ? e.fact("recipientName")
                            : recipient(c, e.fact("recipient"), e.fact("branchName")),
                    code(c, "history.message.", e.fact("message")));
            case HANDED_OFF -> c.getTranslation(key, e.fact("shortfall") == null ? "—"
                    : Formats.money(new BigDecimal(e.fact("shortfall")), locale(c)));
            case NOTE_ADDED -> c.getTranslation(key, e.fact("note"));
            case CLOSED -> c.getTranslation(key, code(c, "outcome.", e.fact("outcome")));
        };
    }

    private static String holder(Component c, CaseHistoryEntry e) {
        if (e.fact("assigneeName") != null) {
            return e.fact("assigneeName");
        }
        return e.fact("group") == null ? "—" : recipient(c, e.fact("group"), e.fact("branchName"));
    }

    /** branch-1-managers → 上海浦东新区营业部 经理组 (branch 1 by number when its name is not known); risk-office → 风控部. */
    private static String recipient(Component c, String group, String branchName) {
        if (group == null) {
            return "—";
        }
        if (group.startsWith("user:")) {
            return group.substring("user:".length());
        }
        if (group.startsWith("branch-")) {
            String[] parts = group.split("-");
            return c.getTranslation("history.group." + parts[parts.length - 1],
                    branchName != null ? branchName : c.getTranslation("history.group.branch", parts[1]));
        }
        return c.getTranslation("history.group.riskOffice");
    }

    private static String ratio(Component c, String ratio) {
        return ratio == null ? c.getTranslation("ratio.noDebt") : Formats.percent(new BigDecimal(ratio));
    }

    /** How the notice of an event is named to staff: as the client got it (notification.NoticeKind), else its type. */
    static String noticeKind(CaseHistoryEntry e) {
        return e.fact("noticeKind") != null ? e.fact("noticeKind") : e.fact("noticeType");
    }

    private static String code(Component c, String prefix, String code) {
        return code == null ? "—" : c.getTranslation(prefix + code);
    }

    private static java.util.Locale locale(com.vaadin.flow.component.Component c) {
        return c.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? null
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }
}
