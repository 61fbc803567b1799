package com.marginportal.client;

import java.util.List;
import java.util.Optional;

import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a client receives the monthly report e-mail (off unless the client asked for it): read and changed
 * by the staff who may see the client, each change audited.
 * JdbcClient, not JPA: a compare-and-set UPDATE whose row count decides the audit; the client row has no version.
 * (Two users ticking the box at once: one UPDATE changes the row and is audited, the other changes nothing. A load and
 * save of the client entity would audit both; the row is otherwise written only by imports and bulk actions, in SQL.)
 */
@Service
public class PeriodicReportOptIn {

    private final JdbcClient jdbc;
    private final ClientDirectory directory;
    private final AuditLog auditLog;

    PeriodicReportOptIn(JdbcClient jdbc, ClientDirectory directory, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.auditLog = auditLog;
    }

    /** Empty when the client does not exist or lies outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Boolean> optedIn(long clientId) {
        if (directory.clientNames(List.of(clientId)).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT periodic_report FROM client WHERE id = ?").param(clientId).query(Boolean.class).optional();
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public void set(long clientId, boolean optedIn) {
        if (directory.clientNames(List.of(clientId)).isEmpty()) {
            throw new AccessDeniedException("client not found or not permitted");
        }
        int changed = jdbc.sql("UPDATE client SET periodic_report = ? WHERE id = ? AND periodic_report <> ?")
                .params(optedIn, clientId, optedIn).update();
        if (changed > 0) {
            auditLog.record(optedIn ? "PERIODIC_REPORT_ON" : "PERIODIC_REPORT_OFF", "CLIENT", Long.toString(clientId),
                    AuditText.of(optedIn ? "periodicReportRequested" : "periodicReportCancelled"));
        }
    }
}
