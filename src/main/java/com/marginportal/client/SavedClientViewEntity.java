package com.marginportal.client;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A saved_client_view row: one user's named filter and sort of the client list (only that user writes it). */
@Entity
@Table(name = "saved_client_view")
class SavedClientViewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private long userId;
    private String name;
    @Column(name = "filter_query")
    private String filterQuery;
    @Column(name = "sort_order")
    private String sortOrder;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SavedClientViewEntity() {
    }

    SavedClientViewEntity(long userId, String name, String filterQuery, String sortOrder, Instant now) {
        this.userId = userId;
        this.name = name;
        this.filterQuery = filterQuery;
        this.sortOrder = sortOrder;
        this.createdAt = stored(now);
    }

    void replace(String filterQuery, String sortOrder) {
        this.filterQuery = filterQuery;
        this.sortOrder = sortOrder;
    }

    SavedClientView toView() {
        return new SavedClientView(id, name, filterQuery, sortOrder);
    }
}
