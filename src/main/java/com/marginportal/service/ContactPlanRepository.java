package com.marginportal.service;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactPlanRepository extends JpaRepository<ContactPlanEntity, Long> {
}
