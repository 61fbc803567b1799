package com.marginportal.client;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedClientViewRepository extends JpaRepository<SavedClientViewEntity, Long> {

    List<SavedClientViewEntity> findByUserIdOrderByName(long userId);

    Optional<SavedClientViewEntity> findByUserIdAndName(long userId, String name);

    long countByUserId(long userId);

    long deleteByIdAndUserId(long id, long userId);
}
