package com.marginportal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An audit_entry row: written once, never changed or deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String username;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    private String details;
    @Column(name = "details_key")
    private String detailsKey;
    @Column(name = "details_args")
    private String detailsArgs;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String username, String action, String entityType, String entityId,
               String details, String detailsKey, String detailsArgs) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details;
        this.detailsKey = detailsKey;
        this.detailsArgs = detailsArgs;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, username, action, entityType, entityId, details, detailsKey,
                AuditArgs.read(detailsArgs));
    }
}
