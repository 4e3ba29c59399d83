package io.pulsecrm.oltp.opportunity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageMoveRepository extends JpaRepository<StageMove, Long> {

    List<StageMove> findByOpportunityIdOrderByMovedAtAscIdAsc(long opportunityId);

    long countByFromStageIdOrToStageId(long fromStageId, long toStageId);
}
