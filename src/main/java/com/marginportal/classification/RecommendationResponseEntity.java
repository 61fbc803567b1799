package com.marginportal.classification;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import com.marginportal.classification.domain.ResponseStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A recommendation_response row: insert only (the latest per client and recommendation is its state). */
@Entity
@Immutable
@Table(name = "recommendation_response")
class RecommendationResponseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_id")
    private long clientId;
    @Column(name = "recommendation_id")
    private long recommendationId;
    @Enumerated(EnumType.STRING)
    private ResponseStatus status;
    private String note;
    @Column(name = "title_zh")
    private String titleZh;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "matched_on")
    private String matchedOn;
    @Column(name = "responded_by")
    private String respondedBy;
    @Column(name = "responded_by_id")
    private Long respondedById;
    @Column(name = "responded_at")
    private Instant respondedAt;

    protected RecommendationResponseEntity() {
    }

    RecommendationResponseEntity(RecommendationResponse r) {
        clientId = r.clientId();
        recommendationId = r.recommendationId();
        status = r.status();
        note = r.note();
        titleZh = r.titleZh();
        titleEn = r.titleEn();
        matchedOn = r.matchedOn();
        respondedBy = r.respondedBy();
        respondedById = r.respondedById();
        respondedAt = stored(r.respondedAt());
    }

    RecommendationResponse toResponse() {
        return new RecommendationResponse(id, clientId, recommendationId, status, note, titleZh, titleEn, matchedOn,
                respondedBy, respondedById, respondedAt);
    }
}
