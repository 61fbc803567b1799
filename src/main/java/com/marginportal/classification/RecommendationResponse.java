package com.marginportal.classification;

import java.time.Instant;
import java.util.Locale;

import com.marginportal.classification.domain.ResponseStatus;

/**
 * A recorded answer to a recommendation: who marked it offered, accepted or declined, when, with what note;
 * the title as it read then and the classes that made it apply ({@code matchedOn}, e.g. "RISK_LEVEL=HIGH").
 */
public record RecommendationResponse(long id, long clientId, long recommendationId, ResponseStatus status, String note,
                                     String titleZh, String titleEn, String matchedOn, String respondedBy,
                                     Long respondedById, Instant respondedAt) {

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }
}
