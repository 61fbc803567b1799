package com.marginportal.workflow;

import static com.marginportal.UtcColumns.stored;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * A liquidation_handoff row: a forced liquidation handed to the trading system, written once per case (the case
 * history reads it by SQL). Keyed by the case; {@link Persistable} tells the repository that a new hand-off is
 * inserted, not merged, so a second one of the case fails on the primary key.
 */
@Entity
@Immutable
@Table(name = "liquidation_handoff")
class LiquidationHandOffEntity implements Persistable<Long> {

    @Id
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "account_id")
    private long accountId;
    private BigDecimal shortfall;
    @Column(name = "decided_by")
    private String decidedBy;
    private String reason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Transient
    private boolean isNew = true;

    protected LiquidationHandOffEntity() {
    }

    LiquidationHandOffEntity(long caseId, long accountId, BigDecimal shortfall, String decidedBy, String reason,
                             Instant at) {
        this.caseId = caseId;
        this.accountId = accountId;
        this.shortfall = shortfall;
        this.decidedBy = decidedBy;
        this.reason = reason;
        this.createdAt = stored(at);
    }

    @Override
    public Long getId() {
        return caseId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }
}
