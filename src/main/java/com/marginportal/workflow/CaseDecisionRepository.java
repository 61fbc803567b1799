package com.marginportal.workflow;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDecisionRepository extends JpaRepository<CaseDecisionEntity, Long> {
}
