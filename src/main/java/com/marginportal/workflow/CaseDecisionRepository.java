package com.marginportal.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDecisionRepository extends JpaRepository<CaseDecisionEntity, Long> {

    List<CaseDecisionEntity> findByCaseIdAndDecisionOrderByIdAsc(long caseId, ManagerDecision.Kind decision);
}
