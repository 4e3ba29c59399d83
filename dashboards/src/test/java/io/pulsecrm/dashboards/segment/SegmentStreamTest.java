package io.pulsecrm.dashboards.segment;

import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static io.pulsecrm.dashboards.support.MockStreams.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.board.DashboardFeed;
import io.pulsecrm.dashboards.pipeline.FakePipelineWarehouse;
import io.pulsecrm.dashboards.support.MockStreams;
import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.ScopeGrant;
import io.pulsecrm.warehouse.query.ViewerGrants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The segment builder's live list on the dashboards' one feed: pushed when the members move, to its own page only. */
@SpringBootTest(properties = "crm.dashboards.live.poll-interval=20ms")
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class SegmentStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired MockMvc mvc;
    @Autowired FakeSegmentWarehouse segments;
    @Autowired FakePipelineWarehouse warehouse;
    @Autowired DashboardFeed feed;

    private final MockStreams streams = new MockStreams();

    @AfterEach
    void disconnect() {
        streams.endAll(feed, WAIT);
        segments.reset();
    }

    /** A marketer: segment:view without dashboard:view. */
    private static Viewer marketer() {
        return new Viewer(46, UUID.randomUUID(), "肖婷", Instant.now().plusSeconds(3600),
                new ViewerGrants(List.of(ScopeGrant.of(DataScope.ALL)), Set.of("segment:view"), false));
    }

    @Test
    void membersThatMoveInClickHouseArePushedToTheBuilderWithoutAsking() throws Exception {
        MvcResult stream = open(get("/api/v1/segments/stream").with(as(marketer())));
        await().atMost(WAIT).until(() -> body(stream).contains("event:segments\ndata:{"));
        assertThat(body(stream)).contains("\"name\":\"高价值客户\"", "\"members\":2");

        segments.members = 3;
        warehouse.tableMoved("segment_member");

        await().atMost(WAIT).until(() -> body(stream).contains("\"members\":3"));
        assertThat(body(stream)).doesNotContain("event:pipeline");
    }

    @Test
    void theDashboardsStreamCarriesNoSegmentsAndTheBuildersNeedsSegmentView() throws Exception {
        warehouse.tableMoved("segment_member");
        MvcResult dashboard = open(get("/api/v1/stream").with(as(admin())));
        await().atMost(WAIT).until(() -> body(dashboard).contains("event:pipeline"));
        assertThat(body(dashboard)).doesNotContain("event:segments");

        Viewer analyst = new Viewer(47, UUID.randomUUID(), "分析员", Instant.now().plusSeconds(3600),
                new ViewerGrants(List.of(ScopeGrant.of(DataScope.ALL)), Set.of("dashboard:view"), false));
        mvc.perform(get("/api/v1/segments/stream").with(as(analyst))).andExpect(status().isForbidden());
    }

    private MvcResult open(MockHttpServletRequestBuilder request) throws Exception {
        return streams.open(mvc, request);
    }
}
