package com.marginportal.administration.ui;

import com.marginportal.security.AuditRecord;
import com.marginportal.security.AuditText;

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

    /** The system's wording in the reader's language; what people typed (and older entries) as recorded. */
    static String details(Component where, AuditRecord r) {
        return details(r, (key, args) -> where.getTranslation(key, args));
    }

    /** The same with a translation function of its own (a download runs outside the UI's request). */
    static String details(AuditRecord r, java.util.function.BiFunction<String, Object[], String> translate) {
        if (r.detailsKey() == null) {
            return r.details();
        }
        String text = translate.apply(r.detailsMessageKey(),
                AuditText.readable(r.detailsArgs(), word -> translate.apply(word, new Object[0])));
        return text.startsWith("!") ? r.details() : text;
    }

    private static String words(Component where, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = where.getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }
}
