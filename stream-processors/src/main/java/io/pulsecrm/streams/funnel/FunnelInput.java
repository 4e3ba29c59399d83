package io.pulsecrm.streams.funnel;

import io.pulsecrm.streams.rows.CustomerRow;
import io.pulsecrm.streams.rows.LeadRow;
import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.StageMoveRow;
import io.pulsecrm.streams.rows.StageRow;

/**
 * One change reaching a funnel processor: exactly one field is set. One type for every input lets an opportunity's
 * processor take its deal's changes, its moves and the stages through one stream (and the moves and stages through
 * one internal topic).
 */
record FunnelInput(LeadRow lead, CustomerRow customer, OpportunityRow opportunity, StageMoveRow move, StageRow stage) {

    static FunnelInput of(LeadRow lead) {
        return new FunnelInput(lead, null, null, null, null);
    }

    static FunnelInput of(CustomerRow customer) {
        return new FunnelInput(null, customer, null, null, null);
    }

    static FunnelInput of(OpportunityRow opportunity) {
        return new FunnelInput(null, null, opportunity, null, null);
    }

    static FunnelInput of(StageMoveRow move) {
        return new FunnelInput(null, null, null, move, null);
    }

    static FunnelInput of(StageRow stage) {
        return new FunnelInput(null, null, null, null, stage);
    }
}
