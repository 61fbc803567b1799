package com.marginportal.service;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Formula;

/**
 * A contact_task row as an advisor works on it; its version refuses a contact recorded from a stale read. Tasks are
 * opened, fulfilled and cancelled by the plan run's set-based statements ({@link ContactTaskStore}), never here.
 */
@Entity
@Table(name = "contact_task")
class ContactTaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    @Formula("(SELECT p.name FROM contact_plan p WHERE p.id = plan_id)")
    private String planName;
    @Formula("(SELECT p.name_key FROM contact_plan p WHERE p.id = plan_id)")
    private String planNameKey;
    @Column(name = "client_id")
    private long clientId;
    @Column(name = "open_client_id")
    private Long openClientId;
    @Column(name = "branch_id")
    private long branchId;
    @Column(name = "advisor_id")
    private Long advisorId;
    @Enumerated(EnumType.STRING)
    private ContactTask.Status status;
    @Column(name = "last_contact_at")
    private Instant lastContactAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "due_at")
    private Instant dueAt;
    private int attempts;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "contact_id")
    private Long contactId;
    @Version
    private int version;

    protected ContactTaskEntity() {
    }

    /** Open and as the caller read it (same version). */
    boolean isOpenAsRead(ContactTask read) {
        return status == ContactTask.Status.OPEN && version == read.version();
    }

    /** An unanswered attempt: the task stays open. */
    void attempt() {
        attempts++;
    }

    /** The client was reached: the task is done with the contact (the plan may open a new one later). */
    void done(long contact, Instant now, String by) {
        status = ContactTask.Status.DONE;
        openClientId = null;
        attempts++;
        closedAt = stored(now);
        closedBy = by;
        contactId = contact;
    }

    long getBranchId() {
        return branchId;
    }

    Long getAdvisorId() {
        return advisorId;
    }

    ContactTask toTask() {
        return new ContactTask(id, planId, planName, planNameKey, clientId, branchId, advisorId, status, lastContactAt, createdAt,
                dueAt, attempts, closedAt, closedBy, contactId, version);
    }
}
