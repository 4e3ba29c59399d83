package io.pulsecrm.oltp.stage;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Configures the pipeline's stages and answers other features that refer to them. */
@Service
@Transactional(readOnly = true)
public class StageService {

    private static final Logger log = LoggerFactory.getLogger(StageService.class);

    private final StageRepository stages;
    private final List<StageUsage> usages;
    private final Clock clock;

    StageService(StageRepository stages, List<StageUsage> usages, Clock clock) {
        this.stages = stages;
        this.usages = usages;
        this.clock = clock;
    }

    /** All stages in pipeline order. */
    public List<OpportunityStage> list() {
        return stages.findAllByOrderByPositionAscIdAsc();
    }

    public OpportunityStage get(long id) {
        return stages.findById(id).orElseThrow(() -> new StageNotFound(id));
    }

    /** The stage a request refers to in {@code field}; a missing one is bad input, not a 404. */
    public OpportunityStage referencedBy(String field, long id) {
        return stages.findById(id).orElseThrow(() -> new UnknownStage(field, id));
    }

    public boolean isEmpty() {
        return stages.count() == 0;
    }

    /** Defines a stage; without a position it goes last. */
    @Transactional
    public OpportunityStage create(String name, Integer position, BigDecimal winRate, ForecastCategory category) {
        int at = position != null ? position : stages.maxPosition() + 1;
        OpportunityStage stage = OpportunityStage.define(name, at, winRate, category, clock.instant());
        if (stages.existsByName(stage.getName())) {
            throw new StageNameTaken(stage.getName());
        }
        stages.saveAndFlush(stage);
        log.info("Stage {} defined at position {}", stage.getId(), stage.getPosition());
        return stage;
    }

    @Transactional
    public OpportunityStage update(long id, String name, int position, BigDecimal winRate, ForecastCategory category,
            int version) {
        OpportunityStage stage = get(id);
        StaleVersion.check("stage", id, version, stage.getVersion());
        // checked before the managed entity changes: the query would otherwise flush the change first
        if (name != null && stages.existsByNameAndIdNot(name.strip(), id)) {
            throw new StageNameTaken(name.strip());
        }
        stage.revise(name, position, winRate, category, clock.instant());
        return stages.saveAndFlush(stage);
    }

    /** Deletes a stage nothing refers to; the foreign keys back this check up against races. */
    @Transactional
    public void delete(long id) {
        OpportunityStage stage = get(id);
        List<String> uses = usages.stream()
                .map(usage -> usage.describeUseOf(id))
                .flatMap(Optional::stream)
                .toList();
        if (!uses.isEmpty()) {
            throw new StageInUse(stage, uses);
        }
        stages.delete(stage);
        stages.flush();
        log.info("Stage {} deleted", id);
    }
}
