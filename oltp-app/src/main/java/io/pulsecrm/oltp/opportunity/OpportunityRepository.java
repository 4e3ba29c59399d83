package io.pulsecrm.oltp.opportunity;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    long countByStageId(long stageId);
}
