package com.marginportal.administration.ui;

import com.vaadin.flow.component.Component;

/**
 * Audit codes in the reader's language: actions ({@code audit.action.*}) and objects ({@code audit.entity.*}).
 * A code other features add later without a translation yet is shown as it is rather than as a missing key.
 */
final class AuditWords {

    private AuditWords() {
    }

    static String action(Component where, String code) {
        return words(where, "audit.action.", code);
    }

    static String entity(Component where, String code) {
        return words(where, "audit.entity.", code);
    }

    private static String words(Component where, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = where.getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }
}
