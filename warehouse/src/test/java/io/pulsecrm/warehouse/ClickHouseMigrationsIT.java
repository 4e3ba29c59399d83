package io.pulsecrm.warehouse;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClickHouseMigrationsIT {

    private static final String TABLES = """
            SELECT name FROM system.tables WHERE database = ? ORDER BY name
            """;

    private static final String ENGINE = """
            SELECT engine_full FROM system.tables WHERE database = ? AND name = ?
            """;

    private final ClickHouseConfig stack = WarehouseStack.clickHouse();

    private static String freshDatabase() {
        return "crm_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void firstRunCreatesDatabaseAndTablesAndRecordsTheMigration() throws SQLException {
        String db = freshDatabase();

        ClickHouseMigrations.Result result = ClickHouseMigrations.apply(stack.withDatabase(db));

        assertThat(result.applied()).containsExactly("0001_pipeline_tables.sql", "0002_organization_and_fact_owners.sql",
                "0003_record_team_member.sql", "0004_reps_records.sql", "0005_funnel.sql",
                "0006_campaign_roi.sql", "0007_forecast.sql", "0008_segmentation.sql", "0009_fact_day_skip_indexes.sql");
        assertThat(tables(db)).containsExactlyInAnyOrder(
                "opportunity", "opportunity_stage", "pipeline_by_stage", "schema_migrations", "sink_progress",
                "org_department", "org_user", "org_role", "org_user_role", "org_role_scope_department",
                "org_role_permission", "org_user_session", "org_record_team_member",
                "customer", "contact", "lead", "follow_up", "contract", "payment_plan", "receipt", "campaign",
                "campaign_cost", "sales_target", "pool_event", "funnel_transition", "campaign_roi",
                "forecast_pipeline", "forecast_snapshot", "receivable",
                "customer_features", "segment", "segment_member", "segment_member_event");
        assertThat(engine(db, "org_user_role")).startsWith("ReplacingMergeTree(version, is_deleted) ORDER BY (user_id, role_id)");
        assertThat(engine(db, "org_user_session")).contains("TTL");
        assertThat(engine(db, "org_record_team_member"))
                .startsWith("ReplacingMergeTree(version, is_deleted) ORDER BY (user_id, entity_type, entity_id)");
        assertThat(engine(db, "opportunity")).startsWith("ReplacingMergeTree(version, is_deleted) ORDER BY id")
                .contains("non_replicated_deduplication_window = 1000");
        assertThat(engine(db, "pipeline_by_stage")).startsWith("ReplacingMergeTree(version) ORDER BY stage_id");
        assertThat(engine(db, "customer")).startsWith("ReplacingMergeTree(version, is_deleted) ORDER BY id")
                .contains("non_replicated_deduplication_window = 1000");
        assertThat(engine(db, "campaign_roi")).startsWith("ReplacingMergeTree(version) ORDER BY (model, campaign_id)")
                .contains("non_replicated_deduplication_window = 1000");
        assertThat(engine(db, "funnel_transition"))
                .startsWith("ReplacingMergeTree(version, is_deleted) ORDER BY (to_step, to_stage_id, toDate(at), fact_id)")
                .contains("non_replicated_deduplication_window = 1000");
    }

    @Test
    void secondRunAppliesNothingAndRecordsEachMigrationOnce() throws SQLException {
        String db = freshDatabase();
        ClickHouseMigrations.apply(stack.withDatabase(db));

        ClickHouseMigrations.Result again = ClickHouseMigrations.apply(stack.withDatabase(db));

        assertThat(again.applied()).isEmpty();
        assertThat(again.schemaVersion()).isGreaterThanOrEqualTo(1);
        try (Connection c = ClickHouseDataSources.create(stack.withDatabase(db)).getConnection();
             PreparedStatement q = c.prepareStatement("SELECT version, count() AS n FROM schema_migrations GROUP BY version");
             ResultSet rs = q.executeQuery()) {
            List<Long> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(rs.getLong("n"));
            }
            assertThat(counts).isNotEmpty().containsOnly(1L);
        }
    }

    @Test
    void migrationEditedAfterItWasAppliedIsAnError() {
        String db = freshDatabase();
        ClickHouseMigrations.apply(stack.withDatabase(db));
        Migration original = ClickHouseMigrations.loadFromClasspath(getClass().getClassLoader()).getFirst();
        Migration edited = Migration.of(original.fileName(), original.script() + "\n-- edited\n");

        assertThatThrownBy(() -> ClickHouseMigrations.apply(ClickHouseDataSources.server(stack), db, List.of(edited)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("was edited after it was applied");
    }

    private List<String> tables(String db) throws SQLException {
        try (Connection c = ClickHouseDataSources.server(stack).getConnection();
             PreparedStatement q = c.prepareStatement(TABLES)) {
            q.setString(1, db);
            try (ResultSet rs = q.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        }
    }

    private String engine(String db, String table) throws SQLException {
        try (Connection c = ClickHouseDataSources.server(stack).getConnection();
             PreparedStatement q = c.prepareStatement(ENGINE)) {
            q.setString(1, db);
            q.setString(2, table);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
