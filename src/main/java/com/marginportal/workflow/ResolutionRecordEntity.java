package com.marginportal.workflow;

import static com.marginportal.UtcColumns.stored;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.marginportal.security.DataScope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A resolution_record row: written once when the case ends, never changed (so no version to guard). Keyed by the
 * case and inserted, never merged ({@link WrittenOnceCaseRow}).
 */
@Entity
@Immutable
@Table(name = "resolution_record")
class ResolutionRecordEntity extends WrittenOnceCaseRow {

    @Column(name = "account_id")
    private long accountId;
    @Column(name = "client_id")
    private long clientId;
    @Column(name = "branch_id")
    private long branchId;
    @Column(name = "advisor_id")
    private Long advisorId;
    @Enumerated(EnumType.STRING)
    private ResolutionOutcome outcome;
    @Column(name = "final_level")
    private String finalLevel;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_by_name")
    private String decidedByName;
    private String reason;
    @Column(name = "ratio_at_open")
    private BigDecimal ratioAtOpen;
    @Column(name = "ratio_at_end")
    private BigDecimal ratioAtEnd;
    private int extensions;
    @Column(name = "notice_ids")
    private String noticeIds;
    private String timeline;
    private String contacts;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ResolutionRecordEntity() {
    }

    ResolutionRecordEntity(ResolutionRecord r) {
        super(r.caseId());
        accountId = r.accountId();
        clientId = r.clientId();
        branchId = r.branchId();
        advisorId = r.advisorId();
        outcome = r.outcome();
        finalLevel = r.finalLevel();
        decidedBy = r.decidedBy();
        decidedByName = r.decidedByName();
        reason = r.reason();
        ratioAtOpen = r.ratioAtOpen();
        ratioAtEnd = r.ratioAtEnd();
        extensions = r.extensions();
        noticeIds = String.join(",", r.noticeIds().stream().map(String::valueOf).toList());
        timeline = r.timeline();
        contacts = r.contacts();
        processInstanceId = r.processInstanceId();
        openedAt = stored(r.openedAt());
        resolvedAt = stored(r.resolvedAt());
    }

    ResolutionRecord toRecord() {
        List<Long> ids = noticeIds.isEmpty() ? List.of() : Arrays.stream(noticeIds.split(",")).map(Long::valueOf).toList();
        return new ResolutionRecord(getId(), accountId, clientId, branchId, advisorId, outcome, finalLevel, decidedBy,
                decidedByName, reason, ratioAtOpen, ratioAtEnd, extensions, ids, timeline, contacts, processInstanceId,
                openedAt, resolvedAt);
    }

    boolean isIn(DataScope scope) {
        return scope.permits(branchId, advisorId);
    }
}
