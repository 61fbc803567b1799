package com.marginportal.service;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContactTaskRepository extends JpaRepository<ContactTaskEntity, Long>, JpaSpecificationExecutor<ContactTaskEntity> {
}
