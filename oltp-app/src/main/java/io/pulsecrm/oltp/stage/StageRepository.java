package io.pulsecrm.oltp.stage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StageRepository extends JpaRepository<OpportunityStage, Long> {

    List<OpportunityStage> findAllByOrderByPositionAscIdAsc();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    @Query("select coalesce(max(s.position), -1) from OpportunityStage s")
    int maxPosition();
}
