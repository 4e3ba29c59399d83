package io.pulsecrm.streams.funnel;

import io.pulsecrm.streams.rows.CustomerRow;
import java.util.List;
import java.util.Map;

/**
 * A customer enters the funnel at CUSTOMER by itself only when it did not come from a lead: a converted lead's entry
 * is the lead's own CUSTOMER transition (with the lead's time in its step), so counting the customer's creation too
 * would count it twice. A customer whose lead is deleted loses {@code lead_id} (PostgreSQL sets it NULL) and from then
 * on enters by itself, at its creation, as PostgreSQL then says.
 */
final class CustomerChain {

    private CustomerChain() {}

    static List<FunnelTransition> transitions(EntityState state, Map<String, FunnelTransition> previous) {
        CustomerRow customer = state.customer();
        if (customer == null || customer.deleted() || customer.leadId() != null) {
            return List.of();
        }
        return new Facts(Step.CUSTOMER, customer.id(), customer.ownerId(), customer.ownerDeptId(), customer.source(),
                customer.campaignId(), null, customer.id(), previous)
                .enter(Step.CUSTOMER, Step.NONE, null, customer.createdAt(), null)
                .list();
    }
}
