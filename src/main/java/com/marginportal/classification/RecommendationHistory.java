package com.marginportal.classification;

import java.util.List;

import com.marginportal.client.ContactLine;
import com.marginportal.client.ServiceHistorySource;

import org.springframework.stereotype.Component;

/**
 * Puts the recorded recommendation responses into the client's contact and service history: an advisor
 * brought the recommendation to the client, the entry's outcome is the client's answer.
 */
@Component
class RecommendationHistory implements ServiceHistorySource {

    static final String CHANNEL = "RECOMMENDATION";

    private final ResponseStore responses;

    RecommendationHistory(ResponseStore responses) {
        this.responses = responses;
    }

    @Override
    public List<ContactLine> entries(long clientId, int limit) {
        return responses.history(clientId, limit).stream()
                .map(r -> new ContactLine(r.respondedAt(), CHANNEL, "ADVISOR_INITIATED", true, r.titleZh(), r.note(),
                        r.respondedById(), r.status().name(), r.titleEn()))
                .toList();
    }

    @Override
    public long count(long clientId) {
        return responses.count(clientId);
    }
}
