package io.pulsecrm.dashboards.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.warehouse.query.StagePipeline;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rep's changes through the REST API reach the manager's figures in ClickHouse: PostgreSQL → Debezium →
 * Kafka → Kafka Streams (exactly once) → sink → ClickHouse, all real, all started from the packaged jars.
 */
class PipelineEndToEndIT {

    /** Once the pipeline runs, every change must show within this time. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(5);
    /** The very first change also waits for the consumers to be assigned their partitions. */
    private static final Duration FIRST_CHANGE = Duration.ofSeconds(90);

    private static FullStack stack;

    @BeforeAll
    static void pipelineIsFlowing() {
        stack = FullStack.shared();
        long warmUp = stack.api.createStage(unique("warm-up"), 900, "10.00");
        stack.api.createOpportunity("warm-up deal", "1.00", warmUp);
        await().atMost(FIRST_CHANGE).until(() -> openCount(warmUp) == 1);
    }

    @Test
    void createMoveCloseAndDeleteKeepOpenPipelineByStageExact() {
        long qualify = stack.api.createStage(unique("qualify"), 910, "20.00");
        long propose = stack.api.createStage(unique("propose"), 911, "50.00");

        long small = stack.api.createOpportunity("华东 small", "1000.00", qualify);
        long large = stack.api.createOpportunity("华东 large", "3000.50", qualify);
        awaitFigures(qualify, 2, "4000.50", "800.10");

        stack.api.moveToStage(large, propose);
        awaitFigures(qualify, 1, "1000.00", "200.00");
        awaitFigures(propose, 1, "3000.50", "1500.25");

        stack.api.markWon(small);
        awaitFigures(qualify, 0, "0.00", "0.00");

        stack.api.delete(large);
        awaitFigures(propose, 0, "0.00", "0.00");
    }

    @Test
    void closedAndDeletedDealsAreFactsInClickHouse() {
        long stage = stack.api.createStage(unique("facts"), 920, "30.00");
        long lost = stack.api.createOpportunity("lost deal", "500.00", stage);
        long gone = stack.api.createOpportunity("deleted deal", "700.00", stage);

        stack.api.markLost(lost, "价格太高");
        stack.api.delete(gone);

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> {
            assertThat(factStatuses(lost, gone)).containsExactly("LOST");
        });
        awaitFigures(stage, 0, "0.00", "0.00");
    }

    @Test
    void rejectedWriteChangesNoFigure() {
        long stage = stack.api.createStage(unique("bad-input"), 930, "40.00");
        stack.api.createOpportunity("good deal", "100.00", stage);
        awaitFigures(stage, 1, "100.00", "40.00");

        var refused = stack.api.post("/api/v1/opportunities",
                "{\"name\":\"bad\",\"amount\":-5,\"stageId\":" + stage + "}");
        stack.api.createOpportunity("second good deal", "200.00", stage);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("amount");
        // The later good write shows, and the refused one never does.
        awaitFigures(stage, 2, "300.00", "120.00");
    }

    private static void awaitFigures(long stageId, long count, String amount, String weighted) {
        await().atMost(VISIBLE_WITHIN).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            StagePipeline figures = stack.warehouse.openPipelineOfStage(stageId);
            assertThat(figures).as("stage %d in ClickHouse", stageId).isNotNull();
            assertThat(figures.openCount()).as("open count").isEqualTo(count);
            assertThat(figures.openAmount()).as("open amount").isEqualByComparingTo(new BigDecimal(amount));
            assertThat(figures.weightedAmount()).as("weighted amount").isEqualByComparingTo(new BigDecimal(weighted));
        });
    }

    private static long openCount(long stageId) {
        StagePipeline figures = stack.warehouse.openPipelineOfStage(stageId);
        return figures == null ? -1 : figures.openCount();
    }

    private static List<String> factStatuses(long... ids) throws Exception {
        List<String> statuses = new ArrayList<>();
        try (Connection c = stack.clickhouse.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT status FROM opportunity FINAL WHERE id IN (?, ?) ORDER BY id")) {
            ps.setLong(1, ids[0]);
            ps.setLong(2, ids[1]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statuses.add(rs.getString(1));
                }
            }
        }
        return statuses;
    }

    static String unique(String name) {
        return "e2e-" + name + "-" + Long.toString(System.nanoTime(), 36);
    }
}
