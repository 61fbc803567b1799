package com.marginportal.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BranchRepository extends JpaRepository<Branch, Long> {

    boolean existsByCodeIgnoreCase(String code);

    Optional<Branch> findByCodeIgnoreCase(String code);

    @Query("SELECT COALESCE(MAX(b.id), 0) FROM Branch b")
    long maxId();
}
