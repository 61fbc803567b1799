package com.marginportal.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CreditAccountRepository extends JpaRepository<CreditAccount, Long> {

    @Query("select a from CreditAccount a where a.client.id = :clientId")
    Optional<CreditAccount> findByClientId(long clientId);
}
