package com.marginportal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "branch")
class Branch {

    @Id
    private Long id;
    private String code;
    private String name;
    private String city;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Branch() {
    }

    Branch(long id, String code, String name, String city) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.city = city;
    }

    BranchInfo toInfo() {
        return new BranchInfo(id, code, name, city);
    }

    BranchSummary toSummary() {
        return new BranchSummary(id, code, name, city, closedAt);
    }

    void rename(String newName, String newCity) {
        this.name = newName;
        this.city = newCity;
    }

    void close(Instant when) {
        this.closedAt = when;
    }

    boolean isClosed() {
        return closedAt != null;
    }

    String getName() {
        return name;
    }

    String getCity() {
        return city;
    }
}
