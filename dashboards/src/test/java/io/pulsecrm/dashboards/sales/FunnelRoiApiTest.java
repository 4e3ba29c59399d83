package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.dashboards.access.TestViewers.admin;
import static io.pulsecrm.dashboards.access.TestViewers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.dashboards.access.TestViewers;
import io.pulsecrm.dashboards.filter.FakeDirectory;
import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.CampaignRoi;
import io.pulsecrm.warehouse.query.FunnelQueries.Stage;
import io.pulsecrm.warehouse.query.FunnelQueries.StepEntries;
import io.pulsecrm.warehouse.query.FunnelStep;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The funnel and campaign ROI widgets and their drill-downs on a fake warehouse: figures, filters, every refusal. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class FunnelRoiApiTest {

    private static final FunnelStep LEAD = FunnelStep.of("LEAD"), QUALIFIED = FunnelStep.of("QUALIFIED"),
            CUSTOMER = FunnelStep.of("CUSTOMER"), OPPORTUNITY = FunnelStep.of("OPPORTUNITY"),
            PROPOSE = FunnelStep.stage(701), WON = FunnelStep.of("WON"), LOST = FunnelStep.of("LOST");

    @Autowired MockMvc mvc;
    @Autowired FakeFunnelRoiWarehouse warehouse;
    @Autowired FakeDirectory directory;

    @BeforeEach
    void organizationAndFigures() {
        directory.set(new OrgDirectory(
                List.of(new OrgDirectory.Department(1, null, "总部", 0), new OrgDirectory.Department(2, 1L, "华东", 1),
                        new OrgDirectory.Department(3, 2L, "上海", 1)),
                List.of(new OrgDirectory.Person(11, "张三", 3, true))));
        warehouse.funnel(List.of(new Stage(701, "Propose", 1)), List.of(entries(LEAD, 4), entries(QUALIFIED, 2),
                entries(CUSTOMER, 2), entries(OPPORTUNITY, 2), entries(PROPOSE, 3), entries(WON, 1), entries(LOST, 1)));
        warehouse.reached(LEAD, QUALIFIED, 2);
        warehouse.reached(QUALIFIED, CUSTOMER, 1);
        warehouse.reached(CUSTOMER, OPPORTUNITY, 2);
        warehouse.reached(OPPORTUNITY, PROPOSE, 2);
        warehouse.reached(PROPOSE, WON, 1);
        warehouse.campaigns(List.of(new CampaignRoi(601, "华东展会", "EVENT", "ACTIVE", 11, 3, LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 1), money("1000.00"), 4, 2, money("3000.00"), 1, money("2000.00"), 1,
                money("1800.00"), 2, money("1250.00"))));
    }

    @Test
    void theFunnelShowsEveryStepInOrderWithItsConversionIntoTheNextAndLostAside() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("from", "2025-11-01").param("to", "2025-11-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[*].step").value(org.hamcrest.Matchers.contains(
                        "LEAD", "QUALIFIED", "CUSTOMER", "OPPORTUNITY", "STAGE", "WON", "LOST")))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[0].entries").value(4))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[0].conversion").value(50.0))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[1].conversion").value(50.0))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[4].stageName").value("Propose"))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[4].conversion").value(33.3))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[4].drill.fact").value("FUNNEL_ENTRIES"))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[4].drill.step").value("STAGE"))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[4].drill.stage").value(701))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[4].drill.from").value("2025-11-01"))
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[5].conversion").doesNotExist())
                .andExpect(jsonPath("$.widgets.funnel.rows.steps[6].aside").value(true))
                .andExpect(jsonPath("$.widgets.funnel.option.series[0].type").value("bar"))
                .andExpect(jsonPath("$.widgets.funnel.option.series[0].data[4]").value(3));
    }

    @Test
    void theDepartmentAndEmployeeNarrowTheFunnelAndTheCampaigns() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("from", "2025-11-01").param("to", "2025-11-30")
                        .param("dept", "2").param("emp", "11"))
                .andExpect(status().isOk());

        assertThat(warehouse.lastFunnel().departments()).isEqualTo(Set.of(2L, 3L));
        assertThat(warehouse.lastFunnel().ownerId()).isEqualTo(11L);
        assertThat(warehouse.lastFunnel().from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(warehouse.lastCampaigns().departments()).isEqualTo(Set.of(2L, 3L));
        assertThat(warehouse.lastCampaigns().ownerId()).isEqualTo(11L);
        assertThat(warehouse.lastCampaigns().to()).as("campaigns running in the period").isEqualTo(LocalDate.of(2025, 11, 30));
    }

    @Test
    void theUrlChoosesTheAttributionModelFirstTouchByDefault() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as(admin())))
                .andExpect(jsonPath("$.filters.roi").value("first"))
                .andExpect(jsonPath("$.widgets.roi.rows.model").value("first"));
        assertThat(warehouse.lastModel()).isEqualTo(AttributionModel.FIRST_TOUCH);

        mvc.perform(get("/api/v1/dashboard").with(as(admin())).param("roi", "last"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.widgets.roi.rows.model").value("last"))
                .andExpect(jsonPath("$.widgets.roi.rows.campaigns[0].campaign.received").value(1250.00))
                .andExpect(jsonPath("$.widgets.roi.rows.campaigns[0].roi").value(0.25))
                .andExpect(jsonPath("$.widgets.roi.rows.campaigns[0].drill.received.fact").value("CAMPAIGN_RECEIPTS"))
                .andExpect(jsonPath("$.widgets.roi.rows.campaigns[0].drill.received.campaign").value(601))
                .andExpect(jsonPath("$.widgets.roi.rows.campaigns[0].drill.received.roi").value("last"))
                .andExpect(jsonPath("$.widgets.roi.rows.campaigns[0].drill.leads.fact").value("CAMPAIGN_LEADS"))
                .andExpect(jsonPath("$.widgets.roi.option.series[1].id").value("received"));
        assertThat(warehouse.lastModel()).isEqualTo(AttributionModel.LAST_TOUCH);
    }

    @Test
    void anAttributionModelOtherThanFirstOrLastAnswers400NamingRoi() throws Exception {
        for (String path : List.of("/api/v1/dashboard", "/api/v1/stream")) {
            mvc.perform(get(path).with(as(admin())).param("roi", "linear").param("lang", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("urn:pulsecrm:problem:invalid-input"))
                    .andExpect(jsonPath("$.errors[0].field").value("roi"))
                    .andExpect(jsonPath("$.detail").value("roi: must be one of: first, last"));
        }
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "CAMPAIGN_WON").param("campaign", "601")
                        .param("roi", "FIRST"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roi"));
    }

    @Test
    void aFunnelStepsDrillDownReadsWithTheWidgetsFilterAndChecksItsParameters() throws Exception {
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "FUNNEL_ENTRIES").param("from", "2025-11-01")
                        .param("to", "2025-11-30").param("step", "STAGE").param("stage", "701").param("dept", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fact").value("FUNNEL_ENTRIES"))
                .andExpect(jsonPath("$.totalItems").value(3));
        assertThat(warehouse.lastFunnel().departments()).isEqualTo(Set.of(3L));

        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "FUNNEL_ENTRIES").param("step", "STAGE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("from", "to", "stage")));
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "FUNNEL_ENTRIES").param("from", "2025-11-01")
                        .param("to", "2025-11-30").param("step", "LEAD").param("stage", "701"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "FUNNEL_ENTRIES").param("from", "2025-11-01")
                        .param("to", "2025-11-30").param("step", "SIGNED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("step"));
    }

    @Test
    void aCampaignsDrillDownNeedsTheCampaignAndRefusesADepartmentOutsideTheScope() throws Exception {
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "CAMPAIGN_RECEIPTS").param("campaign", "601")
                        .param("roi", "last").param("emp", "11"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fact").value("CAMPAIGN_RECEIPTS"))
                .andExpect(jsonPath("$.from").doesNotExist());
        assertThat(warehouse.lastModel()).isEqualTo(AttributionModel.LAST_TOUCH);
        assertThat(warehouse.lastCampaigns().ownerId()).isEqualTo(11L);

        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "CAMPAIGN_LEADS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("campaign"));
        mvc.perform(get("/api/v1/drill").with(as(admin())).param("fact", "CAMPAIGN_LEADS").param("campaign", "601")
                        .param("dept", "99"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("dept"));
        mvc.perform(get("/api/v1/drill").with(as(TestViewers.withoutDashboardPermission()))
                        .param("fact", "CAMPAIGN_LEADS").param("campaign", "601"))
                .andExpect(status().isForbidden());
    }

    private static StepEntries entries(FunnelStep step, long count) {
        return new StepEntries(step, count);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
