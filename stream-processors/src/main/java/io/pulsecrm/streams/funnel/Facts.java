package io.pulsecrm.streams.funnel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the transitions of one entity, all attributed alike: owner and the owner's department as the entity's row
 * has them, its source, campaign and lineage (lead, customer).
 *
 * <p>Owner and department are those <em>at the time of the transition</em>: a fact already published keeps the owner it
 * was first published with, so a later transfer does not move history; only a fact seen for the first time takes the
 * row's current owner (for history read from a snapshot, the best PostgreSQL knows).
 */
final class Facts {

    private final String entityType;
    private final long entityId;
    private final Long ownerId;
    private final Long ownerDeptId;
    private final String source;
    private final Long campaignId;
    private final Long leadId;
    private final Long customerId;
    private final Map<String, FunnelTransition> previous;
    private final List<FunnelTransition> facts = new ArrayList<>();

    Facts(String entityType, long entityId, Long ownerId, Long ownerDeptId, String source, Long campaignId, Long leadId,
            Long customerId, Map<String, FunnelTransition> previous) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.ownerId = ownerId;
        this.ownerDeptId = ownerDeptId;
        this.source = source;
        this.campaignId = campaignId;
        this.leadId = leadId;
        this.customerId = customerId;
        this.previous = previous;
    }

    /** Times are kept to the millisecond, as ClickHouse's DateTime64(3) holds them, so durations add up there. */
    static Instant millis(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Milliseconds from {@code since} to {@code until}; null when the start is unknown. */
    static Long between(Instant since, Instant until) {
        return since == null ? null : millis(until).toEpochMilli() - millis(since).toEpochMilli();
    }

    /** An entry into a step that is not a stage; its id names the step and the millisecond it happened. */
    Facts enter(String toStep, String fromStep, Long fromStageId, Instant at, Long msInFromStep) {
        String id = entityType + ":" + entityId + ":" + toStep + ":" + millis(at).toEpochMilli();
        return add(id, fromStep, fromStageId, toStep, null, at, msInFromStep, false);
    }

    /** The entry into the first stage, at the entity's creation. */
    Facts enterFirstStage(long stageId, Instant at) {
        String id = entityType + ":" + entityId + ":" + Step.STAGE + ":" + stageId + ":" + millis(at).toEpochMilli();
        return add(id, Step.OPPORTUNITY, null, Step.STAGE, stageId, at, 0L, false);
    }

    /** A recorded stage move: its own id names it (a move row is written once and never changes). */
    Facts move(long moveId, Long fromStageId, long toStageId, Instant at, Long msInFromStep, boolean backward) {
        String id = entityType + ":" + entityId + ":MOVE:" + moveId;
        return add(id, fromStageId == null ? Step.OPPORTUNITY : Step.STAGE, fromStageId, Step.STAGE, toStageId, at,
                msInFromStep, backward);
    }

    List<FunnelTransition> list() {
        return List.copyOf(facts);
    }

    private Facts add(String id, String fromStep, Long fromStageId, String toStep, Long toStageId, Instant at,
            Long msInFromStep, boolean backward) {
        FunnelTransition before = previous.get(id);
        boolean keepOwner = before != null && before.ownerId() != 0;
        facts.add(new FunnelTransition(id, entityType, entityId, fromStep, fromStageId, toStep, toStageId,
                millis(at).toString(), keepOwner ? before.ownerId() : orZero(ownerId),
                keepOwner ? before.ownerDeptId() : orZero(ownerDeptId), source, campaignId, leadId, customerId, backward,
                msInFromStep, false, 0, 0));
        return this;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
