package io.pulsecrm.streams.funnel;

import io.pulsecrm.streams.change.JsonSerde;
import io.pulsecrm.streams.change.Versioned;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value of {@code analytics.funnel_transition} (docs/architecture.md): one entry of an entity into a funnel step.
 *
 * <p>{@code id} is the record key too. It is derived from the source rows alone (entity, id, step, stage, time; a
 * stage move by its own id), never from an LSN, so a replay from a compacted {@code cdc.*} topic, which may have kept
 * only a row's last change, produces the same ids again. Everything ClickHouse sorts by ({@code toStep},
 * {@code toStageId}, the day of {@code at}) is part of the id, so a fact never moves to another sorting key: a fact
 * that no longer holds (its entity deleted, a deal reopened, a first stage corrected) is published once more with
 * {@code deleted = true}, and that retraction is the key's last value.
 *
 * @param fromStep     the step left ({@code ""} for an entity's first entry); {@code fromStageId} when it is a stage
 * @param at           the row's own time of the transition (ISO-8601, milliseconds)
 * @param msInFromStep time spent in {@code fromStep}, null when its start is not known (or it is the first entry)
 * @param version      {@code max(previous.version + 1, lsn)} per id, given by the processor whose state keeps the facts
 *                     as published; 0 on the candidates an entity's chain derives
 */
public record FunnelTransition(String id, String entityType, long entityId, String fromStep, Long fromStageId,
        String toStep, Long toStageId, String at, long ownerId, long ownerDeptId, String source, Long campaignId,
        Long leadId, Long customerId, boolean backward, Long msInFromStep, boolean deleted, long version,
        long sourceTsMs) implements Versioned<FunnelTransition> {

    private static final Serde<FunnelTransition> SERDE = JsonSerde.of(FunnelTransition.class);

    public static Serde<FunnelTransition> serde() {
        return SERDE;
    }

    /** The same fact, withdrawn. */
    FunnelTransition retracted() {
        return new FunnelTransition(id, entityType, entityId, fromStep, fromStageId, toStep, toStageId, at, ownerId,
                ownerDeptId, source, campaignId, leadId, customerId, backward, msInFromStep, true, 0, 0);
    }

    FunnelTransition versioned(long newVersion, long newSourceTsMs) {
        return new FunnelTransition(id, entityType, entityId, fromStep, fromStageId, toStep, toStageId, at, ownerId,
                ownerDeptId, source, campaignId, leadId, customerId, backward, msInFromStep, deleted, newVersion,
                newSourceTsMs);
    }

    @Override
    public boolean sameFigures(FunnelTransition other) {
        return versioned(0, 0).equals(other.versioned(0, 0));
    }
}
