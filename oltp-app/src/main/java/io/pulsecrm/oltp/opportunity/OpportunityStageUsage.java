package io.pulsecrm.oltp.opportunity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.pulsecrm.oltp.stage.StageUsage;

import org.springframework.stereotype.Component;

/** Deals in a stage, and the history of deals that passed through it, keep it from being deleted. */
@Component
class OpportunityStageUsage implements StageUsage {

    private final OpportunityRepository opportunities;
    private final StageMoveRepository moves;

    OpportunityStageUsage(OpportunityRepository opportunities, StageMoveRepository moves) {
        this.opportunities = opportunities;
        this.moves = moves;
    }

    @Override
    public Optional<String> describeUseOf(long stageId) {
        List<String> uses = new ArrayList<>(2);
        long deals = opportunities.countByStageId(stageId);
        if (deals > 0) {
            uses.add(deals + (deals == 1 ? " opportunity" : " opportunities"));
        }
        long history = moves.countByFromStageIdOrToStageId(stageId, stageId);
        if (history > 0) {
            uses.add(history + (history == 1 ? " recorded stage move" : " recorded stage moves"));
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", uses));
    }
}
