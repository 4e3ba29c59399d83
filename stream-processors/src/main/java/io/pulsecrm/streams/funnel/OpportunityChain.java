package io.pulsecrm.streams.funnel;

import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.StageMoveRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * An opportunity's transitions, from its latest row and its recorded stage moves: created → OPPORTUNITY and, at the
 * same moment, its first stage; each {@code opportunity_stage_move} row → a stage transition (backward when the stage
 * left has a higher configured position than the one entered); WON or LOST → a close at {@code closed_at}, from the
 * stage it closed in, for as long as the deal stays closed (a reopen withdraws it).
 *
 * <p>Why the move rows and not the before/after images of {@code opportunity.stage_id}: oltp-app writes a move row in
 * the transaction of every stage change, with the stage left and the stage entered, so both say the same for what
 * happens live; but history loaded without updates (the demo company, imports, a snapshot of a running database) is
 * only in the move rows, which is what PostgreSQL's own figures are computed from. The first stage is therefore the
 * stage the first move left (moves ordered by time, then id), or the current stage of a deal never moved.
 *
 * <p>Moves and the deal arrive through different topics, in either order; the facts are a function of what has
 * arrived, so any order ends in the same facts. A move whose deal is not known yet counts, without an owner or a time
 * in its step until the deal arrives.
 */
final class OpportunityChain {

    private static final Comparator<StageMoveRow> IN_ORDER =
            Comparator.comparing(StageMoveRow::movedAt).thenComparingLong(StageMoveRow::id);

    private OpportunityChain() {}

    /** @param positions the configured position of a stage, null while the stage is unknown */
    static List<FunnelTransition> transitions(EntityState state, Map<String, FunnelTransition> previous,
            LongFunction<Integer> positions) {
        OpportunityRow deal = state.opportunity();
        if (deal != null && deal.deleted()) {
            return List.of();
        }
        List<StageMoveRow> moves = state.moves().values().stream().filter(m -> !m.deleted()).sorted(IN_ORDER).toList();
        if (deal == null && moves.isEmpty()) {
            return List.of();
        }
        long id = deal != null ? deal.id() : moves.getFirst().opportunityId();
        Facts facts = deal == null
                ? new Facts(Step.OPPORTUNITY, id, null, null, null, null, null, null, previous)
                : new Facts(Step.OPPORTUNITY, id, deal.ownerId(), deal.ownerDeptId(), null, deal.campaignId(), null,
                        deal.customerId(), previous);
        Instant since = null;
        if (deal != null) {
            Long firstStage = moves.isEmpty() ? Long.valueOf(deal.stageId()) : moves.getFirst().fromStageId();
            facts.enter(Step.OPPORTUNITY, Step.NONE, null, deal.createdAt(), null);
            facts.enterFirstStage(firstStage == null ? deal.stageId() : firstStage, deal.createdAt());
            since = deal.createdAt();
        }
        for (StageMoveRow move : moves) {
            facts.move(move.id(), move.fromStageId(), move.toStageId(), move.movedAt(),
                    Facts.between(since, move.movedAt()), backward(move, positions));
            since = move.movedAt();
        }
        if (deal != null && deal.closedAt() != null && !"OPEN".equals(deal.status())) {
            facts.enter(deal.status(), Step.STAGE, deal.stageId(), deal.closedAt(),
                    Facts.between(since, deal.closedAt()));
        }
        return facts.list();
    }

    private static boolean backward(StageMoveRow move, LongFunction<Integer> positions) {
        if (move.fromStageId() == null) {
            return false;
        }
        Integer from = positions.apply(move.fromStageId());
        Integer to = positions.apply(move.toStageId());
        return from != null && to != null && from > to;
    }
}
