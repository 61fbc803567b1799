package com.marginportal.notification;

/**
 * How staff name a notice, as the client got it: its type, except an extension that set the client's first deadline
 * (a liquidation notice named none) — the client got a 追加担保物期限通知, not an extension notice. Its written
 * snapshot says so ({@code "deadlineSet":true}); notices written before carry no such mark and keep their type.
 */
public final class NoticeKind {

    /** The label code of a first deadline set ("noticeType.EXTENSION_SET" and the like). */
    public static final String EXTENSION_SET = "EXTENSION_SET";
    static final String MARK = "deadlineSet";

    private NoticeKind() {
    }

    /** The notice's label code: {@link #EXTENSION_SET} or the type's name. */
    public static String of(NoticeType type, String snapshotJson) {
        return type == NoticeType.EXTENSION && snapshotJson != null && snapshotJson.contains("\"" + MARK + "\":true")
                ? EXTENSION_SET : type.name();
    }
}
