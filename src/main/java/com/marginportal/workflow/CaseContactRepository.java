package com.marginportal.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseContactRepository extends JpaRepository<CaseContactEntity, Long> {

    List<CaseContactEntity> findByCaseIdOrderById(long caseId);
}
