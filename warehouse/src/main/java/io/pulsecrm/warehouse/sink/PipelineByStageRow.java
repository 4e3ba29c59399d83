package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** A row of {@code pipeline_by_stage}, from the {@code PipelineByStage} JSON of {@code analytics.pipeline_by_stage}. */
record PipelineByStageRow(long stageId, long openCount, BigDecimal openAmount, BigDecimal weightedAmount,
                          long version, Instant commitTs) implements SinkRow {

    static final String TABLE = "pipeline_by_stage";

    static final String INSERT = """
            INSERT INTO pipeline_by_stage (stage_id, open_count, open_amount, weighted_amount, version, commit_ts)
            VALUES (?, ?, ?, ?, ?, ?)
            """;

    static final RecordMapper MAPPER = record -> {
        Optional<JsonFields> value = AnalyticsTable.value(record, "PipelineByStage");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = value.get();
        long version = fields.requiredLong("version");
        if (version < 0) {
            throw new UnmappableRecordException("PipelineByStage.version is negative");
        }
        return Optional.of(new PipelineByStageRow(
                fields.requiredLong("stageId"),
                fields.requiredLong("openCount"),
                fields.requiredDecimal("openAmount", 18, 2),
                // amount x win rate has more than two decimals by nature; cents are the contract
                fields.roundedDecimal("weightedAmount", 18, 2),
                version,
                fields.requiredEpochMillis("sourceTsMs")));
    };

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        insert.setLong(1, stageId);
        insert.setLong(2, openCount);
        insert.setBigDecimal(3, openAmount);
        insert.setBigDecimal(4, weightedAmount);
        insert.setLong(5, version);
        insert.setObject(6, commitTs);
    }
}
