package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** A row of {@code opportunity}, from {@code cdc.opportunity}. */
record OpportunityRow(long id, String name, BigDecimal amount, long stageId, String status, String lostReason,
                      LocalDate expectedCloseDate, Instant closedAt, CapturedChange change) implements CapturedRow {

    static final String TABLE = "opportunity";

    static final String INSERT = """
            INSERT INTO opportunity
                (id, name, amount, stage_id, status, lost_reason, expected_close_date, closed_at, %s)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """.formatted(CapturedChange.COLUMNS);

    private static final Set<String> STATUSES = Set.of("OPEN", "WON", "LOST");

    static final RecordMapper MAPPER = record -> {
        Optional<DebeziumChange> parsed = DebeziumChange.parse(record);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        DebeziumChange change = parsed.get();
        JsonFields row = change.image();
        String status = row.requiredString("status");
        if (!STATUSES.contains(status)) {
            throw new UnmappableRecordException((change.deleted() ? "before" : "after") + ".status '" + status
                    + "' is not OPEN, WON or LOST");
        }
        return Optional.of(new OpportunityRow(
                row.requiredLong("id"),
                row.requiredString("name"),
                row.requiredDecimal("amount", 18, 2),
                row.requiredLong("stage_id"),
                status,
                row.optionalString("lost_reason"),
                row.optionalEpochDay("expected_close_date"),
                row.optionalInstant("closed_at"),
                CapturedChange.of(change)));
    };

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, name);
        insert.setBigDecimal(3, amount);
        insert.setLong(4, stageId);
        insert.setString(5, status);
        if (lostReason == null) {
            insert.setNull(6, Types.VARCHAR);
        } else {
            insert.setString(6, lostReason);
        }
        if (expectedCloseDate == null) {
            insert.setNull(7, Types.DATE);
        } else {
            insert.setObject(7, expectedCloseDate);
        }
        if (closedAt == null) {
            insert.setNull(8, Types.TIMESTAMP);
        } else {
            insert.setObject(8, closedAt);
        }
        change.bind(insert, 9);
    }
}
