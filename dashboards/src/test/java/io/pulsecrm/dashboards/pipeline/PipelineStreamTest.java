package io.pulsecrm.dashboards.pipeline;

import static io.pulsecrm.dashboards.pipeline.PipelineOptionBuilderTest.stage;
import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static io.pulsecrm.dashboards.support.MockStreams.body;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.pulsecrm.dashboards.board.DashboardFeed;
import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.dashboards.access.FakeViewerAccess;
import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.support.MockStreams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(properties = {
    "crm.dashboards.live.poll-interval=20ms",
    "crm.dashboards.live.heartbeat-interval=100ms"
})
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class PipelineStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired MockMvc mvc;
    @Autowired FakePipelineWarehouse warehouse;
    @Autowired DashboardFeed feed;
    @Autowired FakeViewerAccess logins;

    private final MockStreams streams = new MockStreams();

    @AfterEach
    void disconnectStreams() {
        streams.endAll(feed, WAIT);
    }

    @Test
    void streamPushesThePipelineEventWhenNewDataReachesTheWarehouse() throws Exception {
        warehouse.sinkWrote(Instant.parse("2025-11-23T10:00:00Z"), stage(1, "资格审查", 1, "10", 40, "800000.00", "80000.00"));
        MvcResult stream = open(get("/api/v1/stream").with(as(admin())));
        await().atMost(WAIT).until(() -> body(stream).contains("\"openCount\":40"));

        warehouse.sinkWrote(Instant.parse("2025-11-23T10:00:01Z"), stage(1, "资格审查", 1, "10", 41, "810000.00", "81000.00"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(body(stream))
                .startsWith("retry:2000\n:connected\n\n")
                .contains("event:pipeline\ndata:{\"option\":{")
                .contains("\"openCount\":41", "\"updatedAt\":\"2025-11-23T10:00:01Z\"", "进行中商机漏斗"));
    }

    @Test
    void oneFiguresQueryPerNewWatermarkHoweverManyStreamsListen() throws Exception {
        warehouse.sinkWrote(Instant.parse("2025-11-23T11:00:00Z"), stage(1, "Qualify", 1, "10", 7, "700.00", "70.00"));
        List<MvcResult> three = List.of(open(get("/api/v1/stream").with(as(admin()))), open(get("/api/v1/stream").with(as(admin()))),
                open(get("/api/v1/stream").with(as(admin())).param("lang", "en")));
        await().atMost(WAIT).until(() -> three.stream().allMatch(s -> body(s).contains("\"openCount\":7")));
        int before = warehouse.figureQueries();

        warehouse.sinkWrote(Instant.parse("2025-11-23T11:00:01Z"), stage(1, "Qualify", 1, "10", 8, "800.00", "80.00"));

        await().atMost(WAIT).until(() -> three.stream().allMatch(s -> body(s).contains("\"openCount\":8")));
        assertThat(warehouse.figureQueries() - before).isEqualTo(1);
        assertThat(body(three.get(2))).contains("Open pipeline by stage");
    }

    @Test
    void noQueryReachesTheWarehouseWhileNobodyListens() {
        await().atMost(WAIT).until(() -> feed.subscriberCount() == 0);
        int watermarks = warehouse.watermarkQueries();

        await().during(Duration.ofMillis(300)).atMost(WAIT)
                .until(() -> warehouse.watermarkQueries() == watermarks);
    }

    @Test
    void streamTellsViewersWhenClickHouseIsUnavailableAndPushesAgainWhenItAnswers() throws Exception {
        warehouse.sinkWrote(Instant.parse("2025-11-23T12:00:00Z"), stage(1, "Qualify", 1, "10", 3, "300.00", "30.00"));
        MvcResult stream = open(get("/api/v1/stream").with(as(admin())));
        await().atMost(WAIT).until(() -> body(stream).contains("\"openCount\":3"));

        warehouse.goDown();
        await().atMost(WAIT).until(() -> body(stream).contains("event:unavailable\ndata:{"));
        assertThat(body(stream)).contains("\"status\":503", "分析数据仓库不可用");

        warehouse.comeBack();
        int eventsBefore = count(body(stream), "event:pipeline");
        await().atMost(WAIT).until(() -> count(body(stream), "event:pipeline") > eventsBefore);
    }

    @Test
    void streamOfALoginThatEndedGetsAnUnauthorizedEventAndEnds() throws Exception {
        Viewer viewer = admin();
        MvcResult stream = open(get("/api/v1/stream").with(as(viewer)));
        await().atMost(WAIT).until(() -> feed.subscriberCount() == 1);

        logins.endLogin(viewer);
        warehouse.organizationChanged();

        await().atMost(WAIT).until(() -> body(stream).contains("event:unauthorized\ndata:{"));
        assertThat(body(stream)).contains("\"status\":401");
        await().atMost(WAIT).until(() -> feed.subscriberCount() == 0);
    }

    @Test
    void streamOfAViewerWhoseRolesNoLongerGrantDashboardsGetsAForbiddenEventAndEnds() throws Exception {
        Viewer viewer = admin(77, Instant.now().plusSeconds(3600)); // a user of this test alone: the grants stay changed
        MvcResult stream = open(get("/api/v1/stream").with(as(viewer)));
        await().atMost(WAIT).until(() -> feed.subscriberCount() == 1);

        logins.grantOnly(viewer.userId(), Set.of("customer:view"));
        warehouse.organizationChanged();

        await().atMost(WAIT).until(() -> body(stream).contains("event:forbidden\ndata:{"));
        assertThat(body(stream)).contains("\"status\":403").contains("dashboard:view");
        await().atMost(WAIT).until(() -> feed.subscriberCount() == 0);
    }

    @Test
    void loginsAreCheckedAgainOnlyWhenTheOrganizationMoves() throws Exception {
        warehouse.sinkWrote(Instant.parse("2025-11-23T13:00:00Z"), stage(1, "Qualify", 1, "10", 1, "100.00", "10.00"));
        MvcResult stream = open(get("/api/v1/stream").with(as(admin())));
        await().atMost(WAIT).until(() -> body(stream).contains("\"openCount\":1"));
        int checks = logins.verifications();

        warehouse.sinkWrote(Instant.parse("2025-11-23T13:00:01Z"), stage(1, "Qualify", 1, "10", 2, "200.00", "20.00"));
        await().atMost(WAIT).until(() -> body(stream).contains("\"openCount\":2"));
        assertThat(logins.verifications()).isEqualTo(checks);

        warehouse.organizationChanged();
        await().atMost(WAIT).until(() -> logins.verifications() > checks);
    }

    @Test
    void streamEndsWhenTheLoginExpires() throws Exception {
        MvcResult stream = open(get("/api/v1/stream").with(as(admin(3, Instant.now().plusMillis(300)))));

        await().atMost(WAIT).until(() -> body(stream).contains("event:unauthorized"));
        await().atMost(WAIT).until(() -> feed.subscriberCount() == 0);
    }

    @Test
    void streamSendsCommentPingsSoProxiesKeepItOpen() throws Exception {
        MvcResult stream = open(get("/api/v1/stream").with(as(admin())));

        await().atMost(WAIT).until(() -> body(stream).contains(":ping\n\n"));
    }

    @Test
    void aStreamThatEndsIsDroppedFromTheFeed() throws Exception {
        MvcResult stream = open(get("/api/v1/stream").with(as(admin())));
        await().atMost(WAIT).until(() -> feed.subscriberCount() == 1);

        stream.getRequest().getAsyncContext().complete();

        await().atMost(WAIT).until(() -> feed.subscriberCount() == 0);
    }

    private MvcResult open(MockHttpServletRequestBuilder request) throws Exception {
        return streams.open(mvc, request);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
