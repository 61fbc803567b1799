package com.marginportal.classification;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.Recommendation;
import com.marginportal.classification.domain.RecommendationDraft;
import com.marginportal.classification.domain.ServiceAction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A recommendation catalogue entry; its version refuses an edit saved from a stale form. */
@Entity
@Table(name = "recommendation")
class RecommendationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Dimension dimension;
    @Column(name = "class_value")
    private String value;
    @Enumerated(EnumType.STRING)
    @Column(name = "second_dimension")
    private Dimension secondDimension;
    @Column(name = "second_value")
    private String secondValue;
    @Column(name = "title_zh")
    private String titleZh;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "description_zh")
    private String descriptionZh;
    @Column(name = "description_en")
    private String descriptionEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_type")
    private ServiceAction action;
    private int priority;
    private boolean active;
    @Version
    private int version;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected RecommendationEntity() {
    }

    RecommendationEntity(RecommendationDraft d, String by, Instant at) {
        change(d, by, at);
    }

    int getVersion() {
        return version;
    }

    long getId() {
        return id;
    }

    void change(RecommendationDraft d, String by, Instant at) {
        dimension = d.dimension();
        value = d.value();
        secondDimension = d.secondDimension();
        secondValue = d.secondValue();
        titleZh = d.titleZh();
        titleEn = d.titleEn();
        descriptionZh = d.descriptionZh();
        descriptionEn = d.descriptionEn();
        action = d.action();
        priority = d.priority();
        active = d.active();
        updatedAt = stored(at);
        updatedBy = by;
    }

    Recommendation toRecommendation() {
        return new Recommendation(id, new RecommendationDraft(dimension, value, secondDimension, secondValue, titleZh,
                titleEn, descriptionZh, descriptionEn, action, priority, active), version, updatedBy, updatedAt);
    }
}
