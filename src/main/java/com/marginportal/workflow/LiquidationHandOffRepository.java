package com.marginportal.workflow;

import org.springframework.data.jpa.repository.JpaRepository;

interface LiquidationHandOffRepository extends JpaRepository<LiquidationHandOffEntity, Long> {
}
