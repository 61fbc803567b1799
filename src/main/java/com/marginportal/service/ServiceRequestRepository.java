package com.marginportal.service;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ServiceRequestRepository extends JpaRepository<ServiceRequestEntity, Long>,
        JpaSpecificationExecutor<ServiceRequestEntity> {

    /** The escalation claim among nodes: one conditional UPDATE; not a user's change, so the version stays. */
    @Transactional
    @Modifying(flushAutomatically = true)
    @Query("UPDATE ServiceRequestEntity r SET r.escalatedAt = :now WHERE r.id = :id AND r.escalatedAt IS NULL")
    int markEscalated(long id, Instant now);
}
