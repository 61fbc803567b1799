package com.marginportal.workflow;

import static com.marginportal.UtcColumns.stored;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A liquidation_handoff row: a forced liquidation handed to the trading system, written once per case (the case
 * history reads it by SQL). Keyed by the case and inserted, never merged ({@link WrittenOnceCaseRow}): a second
 * hand-off of the case fails on the primary key.
 */
@Entity
@Immutable
@Table(name = "liquidation_handoff")
class LiquidationHandOffEntity extends WrittenOnceCaseRow {

    @Column(name = "account_id")
    private long accountId;
    private BigDecimal shortfall;
    @Column(name = "decided_by")
    private String decidedBy;
    private String reason;
    @Column(name = "created_at")
    private Instant createdAt;

    protected LiquidationHandOffEntity() {
    }

    LiquidationHandOffEntity(long caseId, long accountId, BigDecimal shortfall, String decidedBy, String reason,
                             Instant at) {
        super(caseId);
        this.accountId = accountId;
        this.shortfall = shortfall;
        this.decidedBy = decidedBy;
        this.reason = reason;
        this.createdAt = stored(at);
    }
}
