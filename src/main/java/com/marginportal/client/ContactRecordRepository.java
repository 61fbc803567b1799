package com.marginportal.client;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRecordRepository extends JpaRepository<ContactRecordEntity, Long> {

    long countByClientId(long clientId);
}
