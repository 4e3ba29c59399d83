package io.pulsecrm.dashboards.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.dashboards.board.DashboardFeed;
import io.pulsecrm.dashboards.support.BuiltInRoles;
import io.pulsecrm.dashboards.support.SignedIn;
import io.pulsecrm.dashboards.support.SinkSimulator;
import io.pulsecrm.dashboards.support.SseClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API and the stream on the real local stack: ClickHouse (chDB endpoint) migrated by the warehouse library. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "crm.dashboards.live.heartbeat-interval=200ms")
class PipelineLiveIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long OWNER = 7, DEPARTMENT = 1, REP = 8;
    private static SinkSimulator sink;
    private static SignedIn admin, rep;

    @DynamicPropertySource
    static void clickhouse(DynamicPropertyRegistry registry) {
        sink = SinkSimulator.onLocalStack("dashboards_live_it");
        sink.configure(registry);
        admin = sink.signIn(1, DEPARTMENT, BuiltInRoles.SUPER_ADMIN);
        rep = sink.signIn(REP, DEPARTMENT, BuiltInRoles.SALES_REP);
    }

    @LocalServerPort int port;
    @Autowired DashboardFeed feed;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void chartApiAnswersTheOpenPipelineClickHouseHoldsInStagePositionOrder() throws Exception {
        sink.rows().stage(102, "方案报价", 12, "30.00");
        sink.rows().stage(101, "资格审查", 11, "10.00");
        sink.rows().deal(1011, 101, "800000.00", "OPEN", OWNER, DEPARTMENT);
        sink.rows().deal(1021, 102, "100000.00", "OPEN", OWNER, DEPARTMENT);
        Instant newest = sink.rows().deal(1022, 102, "25000.00", "OPEN", OWNER, DEPARTMENT);

        JsonNode chart = json.readTree(get("/api/v1/charts/pipeline").body());

        List<JsonNode> mine = rows(chart, 101, 102);
        assertThat(mine).extracting(r -> r.get("stageName").asString()).containsExactly("资格审查", "方案报价");
        assertThat(mine.get(1).get("openCount").asLong()).isEqualTo(2);
        assertThat(mine.get(1).get("openAmount").decimalValue()).isEqualByComparingTo("125000.00");
        assertThat(mine.get(1).get("weightedAmount").decimalValue()).isEqualByComparingTo("37500.00");
        assertThat(mine.get(1).get("winRate").decimalValue()).isEqualByComparingTo("30");
        assertThat(Instant.parse(chart.get("updatedAt").asString())).isEqualTo(newest);
        assertThat(chart.get("option").get("series").get(0).get("type").asString()).isEqualTo("funnel");
    }

    @Test
    void streamPushesTheNewFiguresOnceANewerFactVersionLands() throws Exception {
        sink.rows().stage(201, "商务谈判", 21, "60.00");
        sink.rows().deal(2011, 201, "90000.00", "OPEN", OWNER, DEPARTMENT);
        try (var stream = new SseClient(uri("/api/v1/stream"), admin.token())) {
            assertThat(stream.contentType()).startsWith("text/event-stream");
            await().atMost(WAIT).until(() -> openCountOf(201, stream).contains(1L));

            sink.rows().deal(2012, 201, "10000.00", "OPEN", OWNER, DEPARTMENT);

            await().atMost(WAIT).until(() -> openCountOf(201, stream).contains(2L));
            JsonNode latest = json.readTree(stream.events("pipeline").getLast().data());
            assertThat(rows(latest, 201).getFirst().get("openAmount").decimalValue()).isEqualByComparingTo("100000.00");
        }
    }

    @Test
    void aRepsStreamCountsAColleaguesDealOnceTheRepIsPutOnItsTeam() throws Exception {
        sink.rows().stage(301, "合同审批", 31, "80.00");
        sink.rows().deal(3011, 301, "5000.00", "OPEN", OWNER, DEPARTMENT);
        try (var stream = new SseClient(uri("/api/v1/stream"), rep.token())) {
            await().atMost(WAIT).until(() -> openCountOf(301, stream).contains(0L));

            sink.rows().teamMember(REP, "OPPORTUNITY", 3011, "READ", false);

            await().atMost(WAIT).until(() -> openCountOf(301, stream).contains(1L));
        }
    }

    @Test
    void aStreamTheViewerClosesIsDroppedByTheFeed() throws Exception {
        await().atMost(WAIT).until(() -> feed.subscriberCount() == 0); // other tests' streams are closed too
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + admin.token() + "\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 ");
            await().atMost(WAIT).until(() -> feed.subscriberCount() == 1);
        } // the viewer goes away: the connection closes

        await().atMost(WAIT).until(() -> feed.subscriberCount() == 0);
    }

    private List<Long> openCountOf(long stageId, SseClient stream) {
        return stream.events("pipeline").stream()
                .map(e -> json.readTree(e.data()))
                .flatMap(chart -> rows(chart, stageId).stream())
                .map(row -> row.get("openCount").asLong())
                .toList();
    }

    private static List<JsonNode> rows(JsonNode chart, long... stageIds) {
        return StreamSupport.stream(chart.get("rows").spliterator(), false)
                .filter(row -> java.util.Arrays.stream(stageIds).anyMatch(id -> id == row.get("stageId").asLong()))
                .toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = http.send(admin.get(uri(path)), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
