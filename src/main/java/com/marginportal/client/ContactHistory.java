package com.marginportal.client;

import java.time.Clock;
import java.util.List;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact history (contact_record) for other features: record a contact the signed-in user made, read a client's
 * contacts. Rows written here are ordinary history rows; ADVISOR_INITIATED ones count for the "needs" classification
 * ({@link ClientActivitySql}) like every other. A contact is written through its repository (written once, never
 * changed); the history is read with the client's profile ({@link AccountReader}).
 */
@Service
public class ContactHistory {

    static final String ADVISOR_INITIATED = "ADVISOR_INITIATED";
    private static final int MAX_ROWS = 500;

    private final ContactRecordRepository records;
    private final ClientLookup clients;
    private final AccountReader reader;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContactHistory(ContactRecordRepository records, ClientLookup clients, AccountReader reader, CurrentUser currentUser,
                   Clock clock) {
        this.records = records;
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
        return records.save(new ContactRecordEntity(clientId, me.id(), clock.instant(), ADVISOR_INITIATED, contact))
                .getId();
    }

    /** The client's contacts, newest first (at most 500); empty outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ContactLine> forClient(long clientId) {
        return clients.visible(clientId).isEmpty() ? List.of() : reader.contacts(clientId, MAX_ROWS);
    }

    /** How many contacts the client has in all (a timeline that shows the latest says of how many); 0 outside the scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countForClient(long clientId) {
        return clients.visible(clientId).isEmpty() ? 0 : records.countByClientId(clientId);
    }
}
