package com.marginportal.service;

import static com.marginportal.UtcColumns.stored;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.service.domain.PlanDraft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A contact_plan row; its version refuses an edit saved from a stale form. */
@Entity
@Table(name = "contact_plan")
class ContactPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** The message key of a built-in plan's name (V043); null for a name shown as typed. */
    @Column(name = "name_key")
    private String nameKey;
    @Enumerated(EnumType.STRING)
    private Dimension dimension;
    @Column(name = "dimension_value")
    private String value;
    @Column(name = "ratio_below")
    private BigDecimal ratioBelow;
    @Column(name = "interval_days")
    private int intervalDays;
    private boolean active;
    @Version
    private int version;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected ContactPlanEntity() {
    }

    ContactPlanEntity(PlanDraft d, Instant now, String by) {
        change(d, now, by);
    }

    /** A built-in plan given another name is shown by that name from then on. */
    void change(PlanDraft d, Instant now, String by) {
        if (!d.name().equals(name)) {
            nameKey = null;
        }
        name = d.name();
        dimension = d.dimension();
        value = d.value();
        ratioBelow = d.ratioBelow();
        intervalDays = d.intervalDays();
        active = d.active();
        updatedAt = stored(now);
        updatedBy = by;
    }

    long getId() {
        return id;
    }

    int getVersion() {
        return version;
    }

    ContactPlan toPlan() {
        return new ContactPlan(id, new PlanDraft(name, dimension, value, ratioBelow, intervalDays, active), nameKey,
                version, updatedAt, updatedBy);
    }
}
