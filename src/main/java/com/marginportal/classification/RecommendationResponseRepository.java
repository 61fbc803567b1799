package com.marginportal.classification;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationResponseRepository extends JpaRepository<RecommendationResponseEntity, Long> {

    /** The newest response per recommendation of the client (ids grow with time, so the highest id is the latest). */
    @Query("""
            SELECT r FROM RecommendationResponseEntity r WHERE r.id IN (SELECT MAX(x.id)
              FROM RecommendationResponseEntity x WHERE x.clientId = :clientId GROUP BY x.recommendationId)""")
    List<RecommendationResponseEntity> latestPerRecommendation(long clientId);

    List<RecommendationResponseEntity> findByClientIdOrderByRespondedAtDescIdDesc(long clientId, Limit limit);

    long countByClientId(long clientId);
}
