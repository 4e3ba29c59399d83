package io.pulsecrm.streams.funnel;

import io.pulsecrm.streams.rows.CustomerRow;
import io.pulsecrm.streams.rows.LeadRow;
import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.StageMoveRow;
import java.util.HashMap;
import java.util.Map;

/**
 * What the funnel keeps per entity (one store per entity type): the newest row by LSN (a delete stays as a marker, so
 * a stale replay cannot bring the row back), an opportunity's stage moves by move id, and the facts last published,
 * which the next change is compared with. Only the field of the store's entity type is set.
 */
record EntityState(LeadRow lead, CustomerRow customer, OpportunityRow opportunity, Map<Long, StageMoveRow> moves,
        Map<String, FunnelTransition> facts) {

    static final EntityState EMPTY = new EntityState(null, null, null, Map.of(), Map.of());

    EntityState {
        moves = moves == null ? Map.of() : moves;
        facts = facts == null ? Map.of() : facts;
    }

    /**
     * The state with {@code input} applied, or null when the input is a duplicate or a stale replay: an LSN not
     * higher than the one already kept for the same row.
     */
    EntityState apply(FunnelInput input) {
        if (input.lead() != null) {
            return lead == null || input.lead().lsn() > lead.lsn()
                    ? new EntityState(input.lead(), customer, opportunity, moves, facts) : null;
        }
        if (input.customer() != null) {
            return customer == null || input.customer().lsn() > customer.lsn()
                    ? new EntityState(lead, input.customer(), opportunity, moves, facts) : null;
        }
        if (input.opportunity() != null) {
            return opportunity == null || input.opportunity().lsn() > opportunity.lsn()
                    ? new EntityState(lead, customer, input.opportunity(), moves, facts) : null;
        }
        StageMoveRow move = input.move();
        StageMoveRow known = moves.get(move.id());
        if (known != null && move.lsn() <= known.lsn()) {
            return null;
        }
        Map<Long, StageMoveRow> next = new HashMap<>(moves);
        next.put(move.id(), move);
        return new EntityState(lead, customer, opportunity, next, facts);
    }

    EntityState withFacts(Map<String, FunnelTransition> published) {
        return new EntityState(lead, customer, opportunity, moves, published);
    }
}
