package com.marginportal.classification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThresholdsRepository extends JpaRepository<ThresholdsEntity, Long> {

    Optional<ThresholdsEntity> findFirstByOrderByVersionDesc();
}
