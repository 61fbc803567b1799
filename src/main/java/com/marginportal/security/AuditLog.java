package com.marginportal.security;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what and when; rows are only ever added (through their repository), each in a transaction of its own.
 * Administrators read the log through {@link AuditSearch}.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAILS = 2000;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String entityType, String entityId, String details) {
        recordAs(currentUser.usernameOrSystem(), action, entityType, entityId, details);
    }

    /** Details the system words: shown in the reader's language ({@link AuditText}). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String entityType, String entityId, AuditText details) {
        recordAs(currentUser.usernameOrSystem(), action, entityType, entityId, details);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String username, String action, String entityType, String entityId, String details) {
        save(username, action, entityType, entityId, details, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String username, String action, String entityType, String entityId, AuditText details) {
        save(username, action, entityType, entityId, details.english(), details);
    }

    private void save(String username, String action, String entityType, String entityId, String details, AuditText text) {
        String trimmed = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        String who = username == null ? "-" : username.length() <= 50 ? username : username.substring(0, 50);
        String args = text == null ? null : AuditArgs.write(text.args(), MAX_DETAILS);
        entries.save(new AuditEntry(clock.instant(), who, action, entityType, entityId, trimmed,
                args == null ? null : text.key(), args));
    }

    /** For tests and checks: the latest entries of one action. */
    @Transactional(readOnly = true)
    public List<AuditRecord> latest(String action, int limit) {
        return entries.findByActionOrderByIdDesc(action, PageRequest.of(0, limit)).stream()
                .map(AuditEntry::toRecord).toList();
    }
}
