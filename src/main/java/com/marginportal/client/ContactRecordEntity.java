package com.marginportal.client;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A contact_record row a user recorded: written once, never changed (the history, the contact status and the
 * activity figures read contact_record by SQL, with the rows the imports and the demo write).
 */
@Entity
@Immutable
@Table(name = "contact_record")
class ContactRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_id")
    private long clientId;
    @Column(name = "advisor_id")
    private Long advisorId;
    @Column(name = "contacted_at")
    private Instant contactedAt;
    private String channel;
    private String direction;
    private boolean reached;
    private String subject;
    private String note;

    protected ContactRecordEntity() {
    }

    ContactRecordEntity(long clientId, Long advisorId, Instant at, String direction, NewContact contact) {
        this.clientId = clientId;
        this.advisorId = advisorId;
        this.contactedAt = stored(at);
        this.channel = contact.channel();
        this.direction = direction;
        this.reached = contact.reached();
        this.subject = contact.subject();
        this.note = contact.note();
    }

    long getId() {
        return id;
    }
}
