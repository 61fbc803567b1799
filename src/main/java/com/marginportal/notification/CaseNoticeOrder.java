package com.marginportal.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * The order rule of one risk case's notices (docs/workflow.md, "Notices"). The case's notices are written one
 * after another by its process, so their ids are the order of the events. The client gets them in that order:
 * a notice goes out only once every earlier notice of its case is SENT or SUPERSEDED (the claim query,
 * {@link OutboxStore#dueIds}). A notice never tried goes out in its turn, so the client has every step of the
 * case. A <em>late</em> notice — its delivery failed at least once (waiting in back-off, or FAILED) — that a later
 * notice of its case makes obsolete is SUPERSEDED by it instead of arriving late and stale:
 * <ul>
 *     <li>a WARNING by a later WARNING, MARGIN_CALL or LIQUIDATION; a MARGIN_CALL by a later MARGIN_CALL or
 *     LIQUIDATION; a LIQUIDATION by a later LIQUIDATION — the later notice states the case's current, stricter
 *     level with newer figures; an EXTENSION ranks with a MARGIN_CALL (it restates the demand with the new
 *     deadline): it replaces a late WARNING, MARGIN_CALL or earlier EXTENSION, and a later MARGIN_CALL,
 *     LIQUIDATION or EXTENSION replaces it;</li>
 *     <li>a WARNING, MARGIN_CALL or EXTENSION by the case's RESOLUTION — "your ratio is below X" must never follow
 *     "resolved";</li>
 *     <li>never a LIQUIDATION by a RESOLUTION: a client whose account reached the liquidation line is told so
 *     first, and the resolution waits for it (also while the liquidation notice is FAILED, until a manager's
 *     retry delivers it);</li>
 *     <li>any unsent risk notice written after its case's RESOLUTION, late or not, by that resolution (it can no
 *     longer be true);</li>
 *     <li>never a RESOLUTION, and never a periodic report (it belongs to no case).</li>
 * </ul>
 * Plain Java so that the rule is tested on its own; the stores apply it.
 */
final class CaseNoticeOrder {

    /** One notice of a case, as far as ordering goes. */
    record CaseNotice(long id, NoticeType type, NoticeStatus status, int attempts) {

        /** Not sent and not in the mail server's hands (a SENDING notice is). */
        boolean unsent() {
            return status == NoticeStatus.PENDING || status == NoticeStatus.FAILED;
        }

        /** Its delivery failed at least once: it would arrive later than it should. */
        boolean late() {
            return unsent() && (status == NoticeStatus.FAILED || attempts > 0);
        }
    }

    /** {@code noticeId} is replaced by {@code supersededBy}, the notice that makes it obsolete. */
    record Supersession(long noticeId, long supersededBy) {
    }

    private CaseNoticeOrder() {
    }

    /** Whether {@code later}, written after {@code earlier} for the same case, makes {@code earlier} obsolete. */
    static boolean supersedes(NoticeType later, NoticeType earlier) {
        if (!risk(earlier)) { // RESOLUTION and PERIODIC_REPORT are never obsolete
            return false;
        }
        if (later == NoticeType.RESOLUTION) {
            return earlier != NoticeType.LIQUIDATION;
        }
        return risk(later) && severity(later) >= severity(earlier);
    }

    /**
     * Which of a case's notices, given oldest first, are to be SUPERSEDED: each unsent risk notice written after
     * the case's RESOLUTION, and each late notice that a later one makes obsolete ({@link #supersedes}), with
     * the nearest notice that replaces it.
     */
    static List<Supersession> obsolete(List<CaseNotice> notices) {
        List<Supersession> obsolete = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            CaseNotice earlier = notices.get(i);
            if (!earlier.unsent()) {
                continue;
            }
            Long by = resolvedBefore(notices, i, earlier);
            for (int j = i + 1; by == null && earlier.late() && j < notices.size(); j++) {
                if (supersedes(notices.get(j).type(), earlier.type())) {
                    by = notices.get(j).id();
                }
            }
            if (by != null) {
                obsolete.add(new Supersession(earlier.id(), by));
            }
        }
        return obsolete;
    }

    /** The latest RESOLUTION written before the risk notice at {@code index}, if any. */
    private static Long resolvedBefore(List<CaseNotice> notices, int index, CaseNotice notice) {
        if (!risk(notice.type())) {
            return null;
        }
        for (int i = index - 1; i >= 0; i--) {
            if (notices.get(i).type() == NoticeType.RESOLUTION) {
                return notices.get(i).id();
            }
        }
        return null;
    }

    private static boolean risk(NoticeType type) {
        return type == NoticeType.WARNING || type == NoticeType.MARGIN_CALL || type == NoticeType.LIQUIDATION
                || type == NoticeType.EXTENSION;
    }

    private static int severity(NoticeType type) {
        return switch (type) {
            case WARNING -> 1;
            case MARGIN_CALL, EXTENSION -> 2;
            case LIQUIDATION -> 3;
            case RESOLUTION, PERIODIC_REPORT -> throw new IllegalArgumentException(type + " has no risk level");
        };
    }
}
