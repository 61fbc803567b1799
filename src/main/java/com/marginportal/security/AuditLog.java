package com.marginportal.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what and when; rows are only ever added.
 * JdbcClient, not JPA: audit_entry rows are append-only and read as pages, never changed as an aggregate.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAILS = 2000;

    private final AuditEntryRepository entries;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String entityType, String entityId, String details) {
        recordAs(currentUser.usernameOrSystem(), action, entityType, entityId, details);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String username, String action, String entityType, String entityId, String details) {
        String trimmed = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        String who = username == null ? "-" : username.length() <= 50 ? username : username.substring(0, 50);
        entries.save(new AuditEntry(clock.instant(), who, action, entityType, entityId, trimmed));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> page(int offset, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, username, action, entity_type, entity_id, details
                  FROM audit_entry ORDER BY id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new AuditRecord(rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return entries.count();
    }

    /** For tests and checks: the latest entries of one action. */
    @Transactional(readOnly = true)
    public List<AuditRecord> latest(String action, int limit) {
        return entries.findByActionOrderByIdDesc(action, PageRequest.of(0, limit)).stream()
                .map(AuditEntry::toRecord).toList();
    }
}
