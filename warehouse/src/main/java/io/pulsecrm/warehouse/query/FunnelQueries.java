package io.pulsecrm.warehouse.query;

import io.pulsecrm.warehouse.query.sales.FactRecord;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Funnel reads for the dashboards, from the {@code funnel_transition} facts (FINAL, withdrawn facts left out), each
 * under a {@link FunnelFilter}: entries per step, stage-to-stage conversion, time in step, backward moves.
 */
public final class FunnelQueries {

    /** Entries into a step within the filter. */
    public record StepEntries(FunnelStep step, long entries) {}

    /** Of those that entered a step within the filter, how many reached another step then or later. */
    public record Conversion(FunnelStep from, FunnelStep to, long entered, long reached) {}

    /** Time spent in a step by those that left it within the filter (to any next step, or out as INVALID). */
    public record StepTime(FunnelStep step, long exits, long medianMs, long p90Ms) {}

    /** Backward moves between two stages within the filter. */
    public record BackwardMoves(long fromStageId, long toStageId, long moves) {}

    /** A configured stage of the pipeline, in the order the funnel shows them. */
    public record Stage(long id, String name, int position) {}

    private static final String STEP_ORDER = "indexOf(['LEAD','QUALIFIED','CUSTOMER','OPPORTUNITY','STAGE','WON','LOST',"
            + "'INVALID'], %s), ifNull(s.position, 0), %s";
    private static final String STAGES = "(SELECT id, position FROM opportunity_stage FINAL WHERE is_deleted = 0) AS s";

    static final String ENTRIES = """
            SELECT t.to_step, t.to_stage_id, t.entries FROM
            (SELECT to_step, to_stage_id, count() AS entries FROM funnel_transition FINAL WHERE %s
             GROUP BY to_step, to_stage_id) AS t
            LEFT JOIN %s ON s.id = t.to_stage_id
            ORDER BY %s
            """.formatted(FunnelFilter.CONDITION, STAGES, STEP_ORDER.formatted("t.to_step", "t.to_stage_id"));

    // Time in the OPPORTUNITY step is zero by definition (a deal enters its first stage when it is created).
    // Percentiles are interpolated between the two nearest exits (PostgreSQL's percentile_cont), rounded to the ms.
    static final String TIME_IN_STEP = """
            SELECT t.from_step, t.from_stage_id, t.exits, t.median_ms, t.p90_ms FROM
            (SELECT from_step, from_stage_id, count() AS exits,
                    toInt64(round(quantileExactInclusive(0.5)(assumeNotNull(ms_in_from_step)))) AS median_ms,
                    toInt64(round(quantileExactInclusive(0.9)(assumeNotNull(ms_in_from_step)))) AS p90_ms
             FROM funnel_transition FINAL
             WHERE %s AND from_step NOT IN ('', 'OPPORTUNITY') AND ms_in_from_step IS NOT NULL
             GROUP BY from_step, from_stage_id) AS t
            LEFT JOIN %s ON s.id = t.from_stage_id
            ORDER BY %s
            """.formatted(FunnelFilter.CONDITION, STAGES, STEP_ORDER.formatted("t.from_step", "t.from_stage_id"));

    static final String STAGE_LIST = "SELECT id, name, position FROM opportunity_stage FINAL WHERE is_deleted = 0 "
            + "ORDER BY position, id";

    static final String BACKWARD = """
            SELECT from_stage_id, to_stage_id, count() AS moves FROM funnel_transition FINAL
            WHERE %s AND backward = 1 GROUP BY from_stage_id, to_stage_id ORDER BY moves DESC, from_stage_id, to_stage_id
            """.formatted(FunnelFilter.CONDITION);

    private final DataSource dataSource;

    /** @param dataSource connections on the warehouse database ({@link io.pulsecrm.warehouse.ClickHouseDataSources#create}) */
    public FunnelQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The live stages by position: the funnel's steps between OPPORTUNITY and WON, entered or not. */
    public List<Stage> stages() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(STAGE_LIST);
             ResultSet rs = query.executeQuery()) {
            List<Stage> stages = new ArrayList<>();
            while (rs.next()) {
                stages.add(new Stage(rs.getLong(1), rs.getString(2), rs.getInt(3)));
            }
            return stages;
        } catch (SQLException e) {
            throw new WarehouseQueryException("funnel stages", e);
        }
    }

    /** Entries per step, in funnel order (stages by position); a step nobody entered has no row. */
    public List<StepEntries> entriesPerStep(FunnelFilter filter) {
        return read("funnel entries per step", ENTRIES, filter, List.of(),
                rs -> new StepEntries(step(rs.getString(1), rs.getLong(2)), rs.getLong(3)));
    }

    /**
     * Of the entries into {@code from} within the filter, how many reached {@code to} at the same time or later, at
     * any time and whoever owned it then (the filter chooses the cohort, not the outcome). A lead's journey continues
     * in the customer it became and that customer's deals; a customer's in its deals.
     *
     * @throws IllegalArgumentException if {@code to} belongs to an earlier part of the journey than {@code from}
     */
    public Conversion conversion(FunnelStep from, FunnelStep to, FunnelFilter filter) {
        return read("funnel conversion", FunnelConversion.sql(from, to), filter,
                List.of(from.step(), from.stageId(), to.step(), to.stageId()),
                rs -> new Conversion(from, to, rs.getLong(1), rs.getLong(2))).getFirst();
    }

    /**
     * Median and 90th percentile of the time spent in each step, over the exits from it within the filter, each
     * interpolated between the two nearest exits (as PostgreSQL's {@code percentile_cont}).
     */
    public List<StepTime> timeInStep(FunnelFilter filter) {
        return read("funnel time in step", TIME_IN_STEP, filter, List.of(),
                rs -> new StepTime(step(rs.getString(1), rs.getLong(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Backward stage moves within the filter, most frequent first. */
    public List<BackwardMoves> backwardMoves(FunnelFilter filter) {
        return read("funnel backward moves", BACKWARD, filter, List.of(),
                rs -> new BackwardMoves(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /**
     * Page {@code page} (from 0) of {@code size} of the entries into {@code step} within the filter, newest first, with
     * their number: that step's {@link #entriesPerStep} figure. Each names the lead, customer or deal that entered
     * (a lead's conversion: the customer it became) and links to it in oltp-app; funnel entries have no amount.
     */
    public FactRecords entryRecords(FunnelStep step, FunnelFilter filter, int page, int size) {
        long total = read("funnel entries of a step", FunnelEntryList.COUNT, filter,
                List.of(step.step(), step.stageId()), rs -> rs.getLong(1)).getFirst();
        long offset = (long) page * size;
        List<FactRecord> items = offset >= total ? List.of() : readPage(step, filter, size, offset);
        return new FactRecords(new FactTotals(total, FactTotals.NONE.amount()), items);
    }

    private List<FactRecord> readPage(FunnelStep step, FunnelFilter filter, int size, long offset) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(FunnelEntryList.PAGE)) {
            query.setString(1, filter.zone().getId());
            int next = filter.bind(query, 2);
            query.setString(next++, step.step());
            query.setLong(next++, step.stageId());
            query.setInt(next++, size);
            query.setLong(next, offset);
            List<FactRecord> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    long id = rs.getLong(2);
                    long owner = rs.getLong(4);
                    rows.add(new FactRecord(id, rs.getString(6), step.step(), LocalDate.parse(rs.getString(3)),
                            FactTotals.NONE.amount(), owner == 0 ? null : owner, rs.getString(5),
                            FunnelEntryList.linkKind(kind), id));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new WarehouseQueryException("funnel entries of a step", e);
        }
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql}: the filter's parameters first, then {@code more} in order. */
    private <T> List<T> read(String what, String sql, FunnelFilter filter, List<Object> more, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            int next = filter.bind(query, 1);
            for (Object value : more) {
                query.setObject(next++, value);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new WarehouseQueryException(what, e);
        }
    }

    private static FunnelStep step(String step, long stageId) {
        return new FunnelStep(step, stageId);
    }
}
