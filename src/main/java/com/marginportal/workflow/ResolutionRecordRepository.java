package com.marginportal.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResolutionRecordRepository extends JpaRepository<ResolutionRecordEntity, Long> {

    List<ResolutionRecordEntity> findByClientIdOrderByResolvedAtDesc(long clientId);
}
