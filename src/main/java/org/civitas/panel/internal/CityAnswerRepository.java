package org.civitas.panel.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CityAnswerRepository extends JpaRepository<CityAnswer, Long> {

    List<CityAnswer> findByDecisionIsNullAndDueOnLessThanEqual(LocalDate day);
}
