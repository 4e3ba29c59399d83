package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A row of {@code opportunity}, from {@code cdc.opportunity}. The owner and the owner's department are those the
 * PostgreSQL row held at the time of the change (attributed at event time), so a scope predicate on them keeps a
 * deal with the team that had it when the figure was made.
 */
record OpportunityRow(long id, String name, BigDecimal amount, long stageId, String status, String lostReason,
                      LocalDate expectedCloseDate, Instant closedAt, long ownerId, long ownerDeptId, Long customerId,
                      Long campaignId, CapturedChange change) implements CapturedRow.Entity {

    static final String TABLE = "opportunity";

    static final String INSERT = InsertParams.insertSql(TABLE, "id, name, amount, stage_id, status, lost_reason, "
            + "expected_close_date, closed_at, owner_id, owner_dept_id, customer_id, campaign_id", CapturedChange.COLUMNS);

    private static final Set<String> STATUSES = Set.of("OPEN", "WON", "LOST");

    static final RecordMapper MAPPER = RecordMapper.captured(change -> {
        JsonFields row = change.image();
        return new OpportunityRow(
                row.requiredLong("id"),
                row.requiredString("name"),
                row.requiredDecimal("amount", 18, 2),
                row.requiredLong("stage_id"),
                row.requiredEnum("status", STATUSES),
                row.optionalString("lost_reason"),
                row.optionalEpochDay("expected_close_date"),
                row.optionalInstant("closed_at"),
                row.requiredLong("owner_id"),
                row.requiredLong("owner_dept_id"),
                row.optionalLong("customer_id"),
                row.optionalLong("campaign_id"),
                CapturedChange.of(change));
    });

    static final Route ROUTE = new Route(TABLE, INSERT, MAPPER);

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        var params = new InsertParams(insert).int64(id).text(name).decimal(amount).int64(stageId).text(status)
                .text(lostReason).date(expectedCloseDate).time(closedAt)
                .int64(ownerId).int64(ownerDeptId).int64(customerId).int64(campaignId);
        change.bind(params);
    }
}
