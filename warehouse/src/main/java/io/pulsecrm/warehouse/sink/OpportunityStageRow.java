package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/** A row of {@code opportunity_stage}, from {@code cdc.opportunity_stage}. */
record OpportunityStageRow(long id, String name, int position, BigDecimal winRate, CapturedChange change)
        implements CapturedRow {

    static final String TABLE = "opportunity_stage";

    static final String INSERT = """
            INSERT INTO opportunity_stage
                (id, name, position, win_rate, %s)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """.formatted(CapturedChange.COLUMNS);

    static final RecordMapper MAPPER = record -> {
        Optional<DebeziumChange> parsed = DebeziumChange.parse(record);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonFields row = parsed.get().image();
        return Optional.of(new OpportunityStageRow(
                row.requiredLong("id"),
                row.requiredString("name"),
                row.requiredInt("position"),
                row.requiredDecimal("win_rate", 5, 2),
                CapturedChange.of(parsed.get())));
    };

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, name);
        insert.setInt(3, position);
        insert.setBigDecimal(4, winRate);
        change.bind(insert, 5);
    }
}
