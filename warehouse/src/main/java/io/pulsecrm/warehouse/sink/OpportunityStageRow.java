package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A row of {@code opportunity_stage}, from {@code cdc.opportunity_stage}. */
record OpportunityStageRow(long id, String name, int position, BigDecimal winRate, CapturedChange change)
        implements CapturedRow.Entity {

    static final String TABLE = "opportunity_stage";

    static final String INSERT = InsertParams.insertSql(TABLE, "id, name, position, win_rate", CapturedChange.COLUMNS);

    static final RecordMapper MAPPER = RecordMapper.captured(change -> {
        JsonFields row = change.image();
        return new OpportunityStageRow(
                row.requiredLong("id"),
                row.requiredString("name"),
                row.requiredInt("position"),
                row.requiredDecimal("win_rate", 5, 2),
                CapturedChange.of(change));
    });

    static final Route ROUTE = new Route(TABLE, INSERT, MAPPER);

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        change.bind(new InsertParams(insert).int64(id).text(name).int32(position).decimal(winRate));
    }
}
