package com.marginportal.workflow;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A case_contact row: one contact attempt on a case, written once (the case file and history read them by SQL). */
@Entity
@Immutable
@Table(name = "case_contact")
class CaseContactEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "attempt_no")
    private int attempt;
    private String channel;
    private boolean reached;
    private String plan;
    @Column(name = "promised_date")
    private LocalDate promisedDate;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CaseContactEntity() {
    }

    CaseContactEntity(long caseId, int attempt, String channel, boolean reached, String plan, LocalDate promisedDate,
                      String note, String by, Instant at) {
        this.caseId = caseId;
        this.attempt = attempt;
        this.channel = channel;
        this.reached = reached;
        this.plan = plan;
        this.promisedDate = promisedDate;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = stored(at);
    }

    /** As the resolution record's JSON lists it. */
    Map<String, Object> toMap() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("attempt", attempt);
        row.put("channel", channel);
        row.put("reached", reached);
        row.put("plan", plan);
        row.put("promisedDate", promisedDate == null ? null : promisedDate.toString());
        row.put("note", note);
        row.put("recordedBy", recordedBy);
        row.put("recordedAt", recordedAt.toString());
        return row;
    }
}
