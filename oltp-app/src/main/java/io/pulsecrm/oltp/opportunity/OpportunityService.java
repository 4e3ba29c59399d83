package io.pulsecrm.oltp.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.shared.StaleVersion;
import io.pulsecrm.oltp.stage.OpportunityStage;
import io.pulsecrm.oltp.stage.StageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
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
    private final CurrentViewer viewer;
    private final RecordAccess access;
    private final Owners owners;

    OpportunityService(OpportunityRepository opportunities, StageMoveRepository moves, StageService stages,
            Clock clock, CurrentViewer viewer, RecordAccess access, Owners owners) {
        this.opportunities = opportunities;
        this.moves = moves;
        this.stages = stages;
        this.clock = clock;
        this.viewer = viewer;
        this.access = access;
        this.owners = owners;
    }

    /** The deal if the caller may see it; out of scope is indistinguishable from absent (404). */
    public Opportunity get(long id) {
        Opportunity deal = opportunities.findById(id).orElseThrow(() -> new OpportunityNotFound(id));
        if (!access.canRead(viewer.get(), TeamEntity.OPPORTUNITY, id, deal.getOwnerId())) {
            throw new OpportunityNotFound(id);
        }
        return deal;
    }

    /** The deal if the caller may change it (owner in scope or a read-write team member). */
    private Opportunity editable(long id) {
        Opportunity deal = get(id);
        if (!access.canWrite(viewer.get(), TeamEntity.OPPORTUNITY, id, deal.getOwnerId())) {
            throw new PermissionDenied("opportunity:edit");
        }
        return deal;
    }

    public Page<Opportunity> list(OpportunityFilter filter, Pageable page) {
        Specification<Opportunity> scoped = viewer.get().filter(TeamEntity.OPPORTUNITY).specification();
        return opportunities.findAll(filter.toSpecification().and(scoped), page);
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
                Opportunity.open(name, amount, stage, expectedCloseDate, owners.self(viewer.get()), clock.instant()));
        log.info("Opportunity {} opened in stage {}", deal.getId(), stageId);
        return deal;
    }

    @Transactional
    public Opportunity revise(long id, String name, BigDecimal amount, LocalDate expectedCloseDate, int version) {
        Opportunity deal = editable(id);
        StaleVersion.check("opportunity", id, version, deal.getVersion());
        deal.revise(name, amount, expectedCloseDate, clock.instant());
        return opportunities.saveAndFlush(deal);
    }

    @Transactional
    public Opportunity moveTo(long id, long stageId) {
        Opportunity deal = editable(id);
        OpportunityStage stage = stages.referencedBy("stageId", stageId);
        deal.moveTo(stage, clock.instant()).ifPresent(moved -> {
            moves.save(StageMove.of(moved));
            log.info("Opportunity {} moved from stage {} to {}", id, moved.fromStageId(), moved.toStageId());
        });
        return opportunities.saveAndFlush(deal);
    }

    @Transactional
    public Opportunity markWon(long id) {
        Opportunity deal = editable(id);
        deal.markWon(clock.instant());
        log.info("Opportunity {} won", id);
        return opportunities.saveAndFlush(deal);
    }

    @Transactional
    public Opportunity markLost(long id, String reason) {
        Opportunity deal = editable(id);
        deal.markLost(reason, clock.instant());
        log.info("Opportunity {} lost", id);
        return opportunities.saveAndFlush(deal);
    }

    @Transactional
    public Opportunity reopen(long id) {
        Opportunity deal = editable(id);
        deal.reopen(clock.instant());
        log.info("Opportunity {} reopened", id);
        return opportunities.saveAndFlush(deal);
    }

    /** Deletes the deal and, by cascade in the database, its stage moves. */
    @Transactional
    public void delete(long id) {
        opportunities.delete(editable(id));
        opportunities.flush();
        log.info("Opportunity {} deleted", id);
    }
}
