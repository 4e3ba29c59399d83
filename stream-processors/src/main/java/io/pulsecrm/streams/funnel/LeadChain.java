package io.pulsecrm.streams.funnel;

import io.pulsecrm.streams.rows.LeadRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lead's transitions, from its latest row alone: created → LEAD; {@code qualified_at} set → QUALIFIED (set exactly
 * when NEW became QUALIFIED, and kept); CONVERTED → CUSTOMER at {@code converted_at}, carrying the customer's id; INVALID
 * → an exit at the time the lead was first seen invalid ({@code updated_at} of that image: PostgreSQL keeps no
 * invalidation time, so this is the invalidation itself when the change was captured live, the last edit before the
 * snapshot otherwise). A lead qualified and later found invalid keeps its QUALIFIED entry.
 *
 * <p>Deriving the facts from the row rather than from a pair of images is what makes them safe against duplicates,
 * stale replays and a compacted topic: the same row always gives the same facts.
 */
final class LeadChain {

    private LeadChain() {}

    static List<FunnelTransition> transitions(EntityState state, Map<String, FunnelTransition> previous) {
        LeadRow lead = state.lead();
        if (lead == null || lead.deleted()) {
            return List.of();
        }
        Facts facts = new Facts(Step.LEAD, lead.id(), lead.ownerId(), lead.ownerDeptId(), lead.source(),
                lead.campaignId(), lead.id(), "CONVERTED".equals(lead.status()) ? lead.convertedCustomerId() : null,
                previous);
        facts.enter(Step.LEAD, Step.NONE, null, lead.createdAt(), null);
        String step = Step.LEAD;
        Instant since = lead.createdAt();
        if (lead.qualifiedAt() != null) {
            facts.enter(Step.QUALIFIED, step, null, lead.qualifiedAt(), Facts.between(since, lead.qualifiedAt()));
            step = Step.QUALIFIED;
            since = lead.qualifiedAt();
        }
        if ("CONVERTED".equals(lead.status()) && lead.convertedAt() != null) {
            facts.enter(Step.CUSTOMER, step, null, lead.convertedAt(), Facts.between(since, lead.convertedAt()));
        } else if ("INVALID".equals(lead.status())) {
            Instant invalidAt = previous.values().stream().filter(f -> Step.INVALID.equals(f.toStep()))
                    .map(f -> Instant.parse(f.at())).findFirst().orElse(lead.updatedAt());
            facts.enter(Step.INVALID, step, null, invalidAt, Facts.between(since, invalidAt));
        }
        return facts.list();
    }
}
