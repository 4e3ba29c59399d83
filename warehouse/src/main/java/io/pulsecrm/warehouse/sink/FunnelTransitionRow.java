package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A row of {@code funnel_transition}, from the {@code FunnelTransition} JSON of {@code analytics.funnel_transition}
 * (docs/architecture.md). A step or entity type outside the documented ones is a poison record, never a row that no
 * query would ever count.
 */
record FunnelTransitionRow(String factId, String entityType, long entityId, String fromStep, long fromStageId,
        String toStep, long toStageId, Instant at, long ownerId, long ownerDeptId, String source, Long campaignId,
        Long leadId, Long customerId, boolean backward, Long msInFromStep, long version, boolean deleted,
        Instant commitTs) implements SinkRow {

    static final String TABLE = "funnel_transition";
    static final Set<String> ENTITY_TYPES = Set.of("LEAD", "CUSTOMER", "OPPORTUNITY");
    static final Set<String> STEPS = Set.of("LEAD", "QUALIFIED", "CUSTOMER", "OPPORTUNITY", "STAGE", "WON", "LOST",
            "INVALID");
    private static final Set<String> FROM_STEPS = Set.of("", "LEAD", "QUALIFIED", "OPPORTUNITY", "STAGE");

    static final String INSERT = InsertParams.insertSql(TABLE, "fact_id, entity_type, entity_id, from_step, "
            + "from_stage_id, to_step, to_stage_id, at, owner_id, owner_dept_id, source, campaign_id, lead_id, "
            + "customer_id, backward, ms_in_from_step", ChangeStamp.COLUMNS);

    static final Route ROUTE = new Route(TABLE, INSERT, record -> {
        if (record.value() == null) {
            return Optional.empty();
        }
        JsonNode value = DebeziumChange.readTree(record.value());
        if (!value.isObject()) {
            throw new UnmappableRecordException("FunnelTransition value is not a JSON object");
        }
        return Optional.of(of(new JsonFields(value, "FunnelTransition")));
    });

    private static FunnelTransitionRow of(JsonFields f) throws UnmappableRecordException {
        long version = f.requiredLong("version");
        if (version < 0) {
            throw new UnmappableRecordException("FunnelTransition.version is negative");
        }
        return new FunnelTransitionRow(f.requiredString("id"), f.requiredEnum("entityType", ENTITY_TYPES),
                f.requiredLong("entityId"), f.requiredEnum("fromStep", FROM_STEPS), orZero(f.optionalLong("fromStageId")),
                f.requiredEnum("toStep", STEPS), orZero(f.optionalLong("toStageId")), f.requiredInstant("at"),
                f.requiredLong("ownerId"), f.requiredLong("ownerDeptId"), f.optionalString("source"),
                f.optionalLong("campaignId"), f.optionalLong("leadId"), f.optionalLong("customerId"),
                f.requiredBoolean("backward"), f.optionalLong("msInFromStep"), version, f.requiredBoolean("deleted"),
                f.requiredEpochMillis("sourceTsMs"));
    }

    private static long orZero(Long stageId) {
        return stageId == null ? 0 : stageId;
    }

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        new InsertParams(insert).text(factId).text(entityType).int64(entityId).text(fromStep).int64(fromStageId)
                .text(toStep).int64(toStageId).time(at).int64(ownerId).int64(ownerDeptId).text(source)
                .int64(campaignId).int64(leadId).int64(customerId).int8((byte) (backward ? 1 : 0)).int64(msInFromStep)
                .int64(version).int8((byte) (deleted ? 1 : 0)).time(commitTs);
    }
}
