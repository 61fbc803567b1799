package com.marginportal.notification;

import org.springframework.web.util.HtmlUtils;

/**
 * Puts the personal acknowledgement link into a risk notice at the moment it is handed to the mail server.
 * Stored bodies keep {@link #MARKER} instead: the delivery log shows what the client was told without holding
 * a working link that staff could use in the client's name, and every (re)send gets a fresh expiry.
 */
final class AcknowledgementLinks {

    /** Stands for the link in stored notices; plain characters, unchanged by HTML escaping. */
    static final String MARKER = "%%ACK_LINK%%";
    /** The public page; permitted by the security configuration, see {@code security.web}. */
    static final String PATH = "/ack/";

    private final AcknowledgementTokens tokens;
    private final String baseUrl;

    AcknowledgementLinks(AcknowledgementTokens tokens, PublicLinkProperties links) {
        this.tokens = tokens;
        this.baseUrl = links.publicBaseUrl();
    }

    String linkFor(long noticeId) {
        return baseUrl + PATH + tokens.issue(noticeId);
    }

    /** The notice with its link in place; notices without the marker (resolution, reports) stay as they are. */
    OutboxStore.Outgoing personalize(OutboxStore.Outgoing notice) {
        if (!notice.text().contains(MARKER) && !notice.html().contains(MARKER)) {
            return notice;
        }
        String link = linkFor(notice.id());
        return notice.withBodies(notice.text().replace(MARKER, link),
                notice.html().replace(MARKER, HtmlUtils.htmlEscape(link)));
    }

    /** A stored HTML body as staff may read it: the link's button leads nowhere and {@code standIn} says what stood there. */
    static String forStaff(String html, String standIn) {
        return html.replace("href=\"" + MARKER + "\"", "href=\"#\"").replace(MARKER, HtmlUtils.htmlEscape(standIn));
    }

    /** The text as the client read it, without the paragraph that carries the link (for the public page). */
    static String withoutLinkParagraph(String text) {
        StringBuilder kept = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.contains(MARKER)) {
                kept.append(kept.isEmpty() ? "" : "\n\n").append(paragraph.replaceAll("^\\n+|\\s+$", ""));
            }
        }
        return kept.toString();
    }
}
