package com.marginportal.client;

import java.time.Instant;
import java.util.Locale;

/**
 * One entry of a client's contact and service history: a contact record, or an entry another feature
 * contributes through {@link ServiceHistorySource} (e.g. a recommendation the advisor offered).
 *
 * @param outcome   null for a plain contact; for a service entry its outcome (e.g. ACCEPTED)
 * @param subjectEn the subject in English where the source has one (contact records are single-language)
 */
public record ContactLine(Instant contactedAt, String channel, String direction, boolean reached,
                          String subject, String note, Long advisorId, String outcome, String subjectEn) {

    public ContactLine(Instant contactedAt, String channel, String direction, boolean reached, String subject,
                       String note, Long advisorId) {
        this(contactedAt, channel, direction, reached, subject, note, advisorId, null, null);
    }

    public String subject(Locale locale) {
        return subjectEn != null && locale != null && "en".equals(locale.getLanguage()) ? subjectEn : subject;
    }
}
