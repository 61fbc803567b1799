package com.marginportal.classification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Repository;

/** Responses to recommendations, insert only: the latest row per client and recommendation is its state. */
@Repository
class ResponseStore {

    private final RecommendationResponseRepository repository;

    ResponseStore(RecommendationResponseRepository repository) {
        this.repository = repository;
    }

    void insert(RecommendationResponse r) {
        repository.save(new RecommendationResponseEntity(r));
    }

    /** The newest response per recommendation of the client. */
    Map<Long, RecommendationResponse> latestByRecommendation(long clientId) {
        Map<Long, RecommendationResponse> latest = new HashMap<>();
        repository.latestPerRecommendation(clientId).stream().map(RecommendationResponseEntity::toResponse)
                .forEach(r -> latest.put(r.recommendationId(), r));
        return latest;
    }

    long count(long clientId) {
        return repository.countByClientId(clientId);
    }

    /** The client's responses, newest first. */
    List<RecommendationResponse> history(long clientId, int limit) {
        return repository.findByClientIdOrderByRespondedAtDescIdDesc(clientId, Limit.of(limit)).stream()
                .map(RecommendationResponseEntity::toResponse).toList();
    }
}
