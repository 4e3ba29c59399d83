package io.pulsecrm.oltp.opportunity;

import java.time.Clock;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.shared.StaleVersion;
import io.pulsecrm.oltp.stage.OpportunityStage;
import io.pulsecrm.oltp.stage.StageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's way through the pipeline: stage moves (each recorded as an opportunity_stage_move
 * row), won, lost, reopened. The version is checked when the client sends one (older clients
 * sent none on these transitions).
 */
@Service
@Transactional
public class OpportunityPipeline {

    private static final Logger log = LoggerFactory.getLogger(OpportunityPipeline.class);
    private static final String ENTITY = OpportunityService.ENTITY;

    private final OpportunityService reads;
    private final OpportunityRepository opportunities;
    private final StageMoveRepository moves;
    private final StageService stages;
    private final OperationLog operations;
    private final Clock clock;

    OpportunityPipeline(OpportunityService reads, OpportunityRepository opportunities, StageMoveRepository moves,
            StageService stages, OperationLog operations, Clock clock) {
        this.reads = reads;
        this.opportunities = opportunities;
        this.moves = moves;
        this.stages = stages;
        this.operations = operations;
        this.clock = clock;
    }

    public Opportunity moveTo(long id, long stageId, Integer version) {
        Opportunity deal = current(id, version);
        OpportunityStage stage = stages.referencedBy("stageId", stageId);
        deal.moveTo(stage, clock.instant()).ifPresent(moved -> {
            moves.save(StageMove.of(moved));
            operations.record(ENTITY, id, "MOVE", "to stage " + stage.getName(),
                    Changes.none().field("stageId", moved.fromStageId(), moved.toStageId()));
            log.info("Opportunity {} moved from stage {} to {}", id, moved.fromStageId(), moved.toStageId());
        });
        return opportunities.saveAndFlush(deal);
    }

    public Opportunity markWon(long id, String reason, Integer version) {
        Opportunity deal = current(id, version);
        deal.markWon(reason, clock.instant());
        operations.record(ENTITY, id, "WIN", deal.getWonReason(),
                Changes.none().field("status", OpportunityStatus.OPEN, OpportunityStatus.WON));
        log.info("Opportunity {} won", id);
        return opportunities.saveAndFlush(deal);
    }

    public Opportunity markLost(long id, String reason, Integer version) {
        Opportunity deal = current(id, version);
        deal.markLost(reason, clock.instant());
        operations.record(ENTITY, id, "LOSE", deal.getLostReason(),
                Changes.none().field("status", OpportunityStatus.OPEN, OpportunityStatus.LOST));
        log.info("Opportunity {} lost", id);
        return opportunities.saveAndFlush(deal);
    }

    public Opportunity reopen(long id, Integer version) {
        Opportunity deal = current(id, version);
        OpportunityStatus was = deal.getStatus();
        deal.reopen(clock.instant());
        operations.record(ENTITY, id, "REOPEN", null, Changes.none().field("status", was, OpportunityStatus.OPEN));
        log.info("Opportunity {} reopened", id);
        return opportunities.saveAndFlush(deal);
    }

    private Opportunity current(long id, Integer version) {
        Opportunity deal = reads.editable(id);
        if (version != null) {
            StaleVersion.check("opportunity", id, version, deal.getVersion());
        }
        return deal;
    }
}
