package com.marginportal.classification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<RecommendationEntity, Long> {

    List<RecommendationEntity> findByActiveTrueOrderById();
}
