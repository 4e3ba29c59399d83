package io.pulsecrm.oltp.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.shared.StaleVersion;
import io.pulsecrm.oltp.stage.OpportunityStage;
import io.pulsecrm.oltp.stage.StageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of a deal. Each runs in one transaction and lets the aggregate decide; changes
 * are flushed before returning, so the answer carries the new version.
 */
@Service
@Transactional(readOnly = true)
public class OpportunityService {

    private static final Logger log = LoggerFactory.getLogger(OpportunityService.class);

    private final OpportunityRepository opportunities;
    private final StageMoveRepository moves;
    private final StageService stages;
    private final Clock clock;

    OpportunityService(OpportunityRepository opportunities, StageMoveRepository moves, StageService stages,
            Clock clock) {
        this.opportunities = opportunities;
        this.moves = moves;
        this.stages = stages;
        this.clock = clock;
    }

    public Opportunity get(long id) {
        return opportunities.findById(id).orElseThrow(() -> new OpportunityNotFound(id));
    }

    public Page<Opportunity> list(OpportunityFilter filter, Pageable page) {
        return opportunities.findAll(filter.toSpecification(), page);
    }

    /** The deal's stage moves, oldest first. */
    public List<StageMove> history(long id) {
        get(id);
        return moves.findByOpportunityIdOrderByMovedAtAscIdAsc(id);
    }

    @Transactional
    public Opportunity create(String name, BigDecimal amount, long stageId, LocalDate expectedCloseDate) {
        OpportunityStage stage = stages.referencedBy("stageId", stageId);
        Opportunity deal = opportunities.saveAndFlush(
                Opportunity.open(name, amount, stage, expectedCloseDate, clock.instant()));
        log.info("Opportunity {} opened in stage {}", deal.getId(), stageId);
        return deal;
    }

    @Transactional
    public Opportunity revise(long id, String name, BigDecimal amount, LocalDate expectedCloseDate, int version) {
        Opportunity deal = get(id);
        StaleVersion.check("opportunity", id, version, deal.getVersion());
        deal.revise(name, amount, expectedCloseDate, clock.instant());
        return opportunities.saveAndFlush(deal);
    }

    @Transactional
    public Opportunity moveTo(long id, long stageId) {
        Opportunity deal = get(id);
        OpportunityStage stage = stages.referencedBy("stageId", stageId);
        deal.moveTo(stage, clock.instant()).ifPresent(moved -> {
            moves.save(StageMove.of(moved));
            log.info("Opportunity {} moved from stage {} to {}", id, moved.fromStageId(), moved.toStageId());
        });
        return opportunities.saveAndFlush(deal);
    }

    @Transactional
    public Opportunity markWon(long id) {
        Opportunity deal = get(id);
        deal.markWon(clock.instant());
        log.info("Opportunity {} won", id);
        return opportunities.saveAndFlush(deal);
    }

    @Transactional
    public Opportunity markLost(long id, String reason) {
        Opportunity deal = get(id);
        deal.markLost(reason, clock.instant());
        log.info("Opportunity {} lost", id);
        return opportunities.saveAndFlush(deal);
    }

    @Transactional
    public Opportunity reopen(long id) {
        Opportunity deal = get(id);
        deal.reopen(clock.instant());
        log.info("Opportunity {} reopened", id);
        return opportunities.saveAndFlush(deal);
    }

    /** Deletes the deal and, by cascade in the database, its stage moves. */
    @Transactional
    public void delete(long id) {
        opportunities.delete(get(id));
        opportunities.flush();
        log.info("Opportunity {} deleted", id);
    }
}
