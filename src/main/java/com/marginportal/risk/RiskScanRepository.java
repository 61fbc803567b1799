package com.marginportal.risk;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskScanRepository extends JpaRepository<RiskScanEntity, Long> {

    Optional<RiskScanEntity> findFirstByOrderByIdDesc();
}
