package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** A row of {@code opportunity_stage}, from {@code cdc.opportunity_stage}. */
record OpportunityStageRow(long id, String name, int position, BigDecimal winRate, Instant createdAt,
                           Instant updatedAt, int entityVersion, long version, byte isDeleted, Instant commitTs)
        implements SinkRow {

    static final String TABLE = "opportunity_stage";

    static final String INSERT = """
            INSERT INTO opportunity_stage
                (id, name, position, win_rate, created_at, updated_at, entity_version, version, is_deleted, commit_ts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    static final RecordMapper MAPPER = record -> {
        Optional<DebeziumChange> parsed = DebeziumChange.parse(record);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        DebeziumChange change = parsed.get();
        JsonFields row = change.image();
        return Optional.of(new OpportunityStageRow(
                row.requiredLong("id"),
                row.requiredString("name"),
                row.requiredInt("position"),
                row.requiredDecimal("win_rate", 5, 2),
                row.requiredInstant("created_at"),
                row.requiredInstant("updated_at"),
                row.requiredInt("version"),
                change.lsn(),
                change.isDeletedFlag(),
                change.commitTs()));
    };

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, name);
        insert.setInt(3, position);
        insert.setBigDecimal(4, winRate);
        insert.setObject(5, createdAt);
        insert.setObject(6, updatedAt);
        insert.setInt(7, entityVersion);
        insert.setLong(8, version);
        insert.setByte(9, isDeleted);
        insert.setObject(10, commitTs);
    }
}
