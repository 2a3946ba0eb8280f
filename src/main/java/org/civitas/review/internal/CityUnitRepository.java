package org.civitas.review.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CityUnitRepository extends JpaRepository<CityUnit, Long> {

    List<CityUnit> findAllByOrderByCode();

    boolean existsByCode(String code);
}
