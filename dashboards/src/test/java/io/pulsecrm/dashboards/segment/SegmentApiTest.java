package io.pulsecrm.dashboards.segment;

import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static io.pulsecrm.dashboards.access.TestViewers.withoutDashboardPermission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.dashboards.access.FakeViewerAccess;
import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.ScopeGrant;
import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.segment.Rule;
import io.pulsecrm.warehouse.query.SegmentCustomer;
import io.pulsecrm.warehouse.query.ViewerGrants;
import io.pulsecrm.warehouse.query.ViewerScope;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The segment builder's API on a warehouse the test controls: the preview's answer and refusals, the scope it reads in. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class SegmentApiTest {

    private static final String PREVIEW = "/api/v1/segments/preview";
    private static final long MARKETER = 44;
    private static final ViewerScope OWN = new ViewerScope(MARKETER, new VisibleScope(false, Set.of(MARKETER), Set.of()));

    @Autowired MockMvc mvc;
    @Autowired FakeSegmentWarehouse warehouse;
    @Autowired FakeViewerAccess access;

    @AfterEach
    void reset() {
        warehouse.reset();
        access.scopeOf(MARKETER, ViewerScope.EVERYTHING);
    }

    /** A marketer with segment:view only (no dashboard:view) and their own records in scope. */
    private static Viewer marketer() {
        return new Viewer(MARKETER, UUID.randomUUID(), "肖婷", Instant.now().plusSeconds(3600),
                new ViewerGrants(List.of(ScopeGrant.of(DataScope.SELF)), Set.of("segment:view"), false));
    }

    @Test
    void thePreviewCountsAndSamplesTheRuleInTheViewersOwnScopeWhateverTheBodySays() throws Exception {
        access.scopeOf(MARKETER, OWN);
        warehouse.previewCount = 2;
        warehouse.sample.add(new SegmentCustomer(7, "甲 科技", MARKETER, "肖婷", "KEY", "IT", "上海", "WEBSITE", "NONE",
                "PROSPECT", null));

        mvc.perform(post(PREVIEW).with(as(marketer())).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"rule": {"op": "AND", "rules": [{"feature": "industry", "operator": "IN", "values": ["IT"]}]},
                         "scope": "ALL", "owners": [1, 2, 3]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.sample", hasSize(1)))
                .andExpect(jsonPath("$.sample[0].id").value(7))
                .andExpect(jsonPath("$.sample[0].name").value("甲 科技"))
                .andExpect(jsonPath("$.sample[0].link").value("http://localhost:8080/app/customers/7"));

        assertThat(warehouse.askedScopes).isNotEmpty().containsOnly(OWN);
        assertThat(warehouse.askedRules).containsExactly(Rule.parse("""
                {"op": "AND", "rules": [{"feature": "industry", "operator": "IN", "values": ["IT"]}]}"""));
    }

    @Test
    void anInvalidRuleAnswers400NamingEachPathAndReadsNothing() throws Exception {
        mvc.perform(post(PREVIEW).with(as(marketer())).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"rule": {"op": "AND", "rules": [
                          {"feature": "industry", "operator": "IN", "values": ["IT"]},
                          {"op": "OR", "rules": [{"feature": "contract_count", "operator": "GT", "values": ["many"]},
                                                 {"feature": "shoe_size", "operator": "EQ", "values": [1]}]}]}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("rule.rules[1].rules[0].values[0]",
                        "rule.rules[1].rules[1].feature")))
                .andExpect(jsonPath("$.detail").value(containsString("rule.rules[1].rules[0].values[0]")));
        mvc.perform(post(PREVIEW).with(as(marketer())).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rule"));

        assertThat(warehouse.askedRules).isEmpty();
    }

    @Test
    void withoutSegmentViewTheBuildersApiAnswers403() throws Exception {
        mvc.perform(post(PREVIEW).with(as(withoutDashboardPermission())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rule\": {\"feature\": \"level\", "
                                + "\"operator\": \"EQ\", \"values\": [\"KEY\"]}}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("segment:view")));
        mvc.perform(get("/api/v1/segments").with(as(withoutDashboardPermission()))).andExpect(status().isForbidden());
        assertThat(warehouse.askedRules).isEmpty();
    }

    @Test
    void aSegmentWhoseOwnerIsOutOfScopeAnswers404EverywhereAndIsNotListed() throws Exception {
        access.scopeOf(MARKETER, OWN);
        mvc.perform(get("/api/v1/segments").with(as(marketer())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
        for (String path : List.of("", "/trend", "/member-ids")) {
            mvc.perform(get("/api/v1/segments/" + FakeSegmentWarehouse.SEGMENT + path).with(as(marketer())))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:segment-not-found"));
        }
    }

    @Test
    void theOwnersSegmentIsListedWithItsMembersRuleAndTrend() throws Exception {
        mvc.perform(get("/api/v1/segments").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(FakeSegmentWarehouse.SEGMENT))
                .andExpect(jsonPath("$.items[0].members").value(2))
                .andExpect(jsonPath("$.items[0].version").value(3))
                .andExpect(jsonPath("$.items[0].rule.feature").value("level"));
        mvc.perform(get("/api/v1/segments/" + FakeSegmentWarehouse.SEGMENT + "/trend").param("days", "7").with(as(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(7)))
                .andExpect(jsonPath("$.option").value(containsString("\"members\"")));
        mvc.perform(get("/api/v1/segments/" + FakeSegmentWarehouse.SEGMENT + "/member-ids").with(as(admin())))
                .andExpect(jsonPath("$.ids", contains(7, 8))).andExpect(jsonPath("$.truncated").value(false));
    }

    @Test
    void badIdsAndSpansAnswer400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/segments/abc").with(as(admin())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/api/v1/segments/501/trend").param("days", "3").with(as(admin())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
    }
}
