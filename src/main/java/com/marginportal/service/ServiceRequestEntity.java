package com.marginportal.service;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import com.marginportal.client.ClientRef;
import com.marginportal.service.domain.Closing;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestStatus;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A service_request row; its version refuses a status change made from a stale read. Updates write the changed
 * columns only: the escalation mark is set beside the version (ServiceRequestRepository#markEscalated).
 */
@Entity
@DynamicUpdate
@Table(name = "service_request")
class ServiceRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_id")
    private long clientId;
    @Column(name = "branch_id")
    private long branchId;
    @Column(name = "advisor_id")
    private Long advisorId;
    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    private RequestType type;
    @Enumerated(EnumType.STRING)
    private ServiceChannel channel;
    private String content;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    private Integer satisfaction;
    private String resolution;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Version
    private int version;

    protected ServiceRequestEntity() {
    }

    ServiceRequestEntity(NewRequest request, ClientRef client, Instant dueAt, Instant now, String by) {
        this.clientId = client.id();
        this.branchId = client.branchId();
        this.advisorId = client.advisorId();
        this.type = request.type();
        this.channel = request.channel();
        this.content = request.content();
        this.status = RequestStatus.OPEN;
        this.dueAt = stored(dueAt);
        this.createdAt = stored(now);
        this.createdBy = by;
    }

    /** Still as the caller read it: the same version and status. */
    boolean isAsRead(ServiceRequest read) {
        return version == read.version() && status == read.status();
    }

    void start(RequestStatus next, Instant now, String by) {
        status = next;
        startedAt = stored(now);
        startedBy = by;
    }

    void close(RequestStatus next, Closing closing, Instant now, String by) {
        status = next;
        closedAt = stored(now);
        closedBy = by;
        satisfaction = closing.satisfaction();
        resolution = closing.resolution();
    }

    long getId() {
        return id;
    }

    long getBranchId() {
        return branchId;
    }

    Long getAdvisorId() {
        return advisorId;
    }

    ServiceRequest toRequest() {
        return new ServiceRequest(id, clientId, branchId, advisorId, type, channel, content, status, dueAt, createdAt,
                createdBy, startedAt, startedBy, closedAt, closedBy, satisfaction, resolution, escalatedAt, version);
    }
}
