package com.marginportal.risk;

import org.springframework.data.jpa.repository.JpaRepository;

interface LineProfileRepository extends JpaRepository<LineProfileEntity, Long> {
}
