package com.marginportal.client;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact history (contact_record) for other features: record a contact the signed-in user made, read a client's
 * contacts. Rows written here are ordinary history rows; ADVISOR_INITIATED ones count for the "needs" classification
 * ({@link ClientActivitySql}) like every other.
 * JdbcClient, not JPA: contact_record is append-only history, read as lists and counts, never as an aggregate.
 */
@Service
public class ContactHistory {

    static final String ADVISOR_INITIATED = "ADVISOR_INITIATED";
    private static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;
    private final ClientLookup clients;
    private final AccountReader reader;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContactHistory(JdbcClient jdbc, ClientLookup clients, AccountReader reader, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.reader = reader;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a contact the caller initiated with a client in their scope, now. @return the contact's id */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public long recordAdvisorContact(long clientId, NewContact contact) {
        if (clients.visible(clientId).isEmpty()) {
            throw new AccessDeniedException("client not found or not permitted");
        }
        PortalUser me = currentUser.require();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contact_record (client_id, advisor_id, contacted_at, channel, direction, reached, subject, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(clientId, me.id(), Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)),
                        contact.channel(), ADVISOR_INITIATED, contact.reached(), contact.subject(), contact.note())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The client's contacts, newest first (at most 500); empty outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ContactLine> forClient(long clientId) {
        return clients.visible(clientId).isEmpty() ? List.of() : reader.contacts(clientId, MAX_ROWS);
    }
}
