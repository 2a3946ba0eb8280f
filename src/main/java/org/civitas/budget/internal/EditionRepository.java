package org.civitas.budget.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EditionRepository extends JpaRepository<Edition, Long> {

    @Query("select count(e) > 0 from Edition e join e.names n where key(n) = 'pl' and n = :name")
    boolean existsByPolishName(@Param("name") String name);
}
