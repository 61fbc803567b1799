package com.marginportal.security;

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

    protected Branch() {
    }

    BranchInfo toInfo() {
        return new BranchInfo(id, code, name, city);
    }
}
