package io.pulsecrm.dashboards.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.localstack.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scope change reaches the dashboards: a manager's department changes in PostgreSQL, and the manager's next
 * chart counts the other department's deal — through CDC, Kafka, the sink and ClickHouse, with nothing cached on
 * the way. Likewise a rep put on (and taken off) the team of a colleague's deal. How long that takes is measured by {@code ./crm bench scope}; here it is only waited for.
 */
class ScopeChangeEndToEndIT {

    private static final Logger log = LoggerFactory.getLogger(ScopeChangeEndToEndIT.class);
    private static final Duration FIRST_CHANGE = Duration.ofSeconds(90);
    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final String PASSWORD = "e2e-user-password";

    private static FullStack stack;
    private static CrmOrganization organization;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void stack() {
        stack = FullStack.shared();
        organization = new CrmOrganization(LocalStack.shared().postgres());
    }

    @Test
    void managerMovedToAnotherDepartmentSeesItsDealsOnceTheChangeIsReplicated() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long north = organization.department("e2e-north-" + run);
        long south = organization.department("e2e-south-" + run);
        organization.user("e2e-seller-" + run, south, "SALES_REP", PASSWORD);
        long manager = organization.user("e2e-manager-" + run, north, "SALES_MANAGER", PASSWORD);

        long stage = stack.api.createStage(PipelineEndToEndIT.unique("scope"), 950, "50.00");
        OltpApi.loggedIn(stack.oltp.baseUrl(), "e2e-seller-" + run, PASSWORD).createOpportunity("南方的单", "700.00", stage);
        String managerToken = OltpApi.loggedIn(stack.oltp.baseUrl(), "e2e-manager-" + run, PASSWORD).token();
        await().atMost(FIRST_CHANGE).until(() -> openCount(stack.api.token(), stage) == 1); // the deal reached ClickHouse
        assertThat(openCount(managerToken, stage)).as("south's deal, seen from north").isZero();

        long moved = System.nanoTime();
        organization.moveUser(manager, south);

        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(50)).until(() -> openCount(managerToken, stage) == 1);
        log.info("Department change visible in the dashboards after {} ms", (System.nanoTime() - moved) / 1_000_000);

        organization.moveUser(manager, north);
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(50)).until(() -> openCount(managerToken, stage) == 0);
    }

    @Test
    void repPutOnTheTeamOfAColleaguesDealSeesItUntilTakenOffTheTeam() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long team = organization.department("e2e-team-" + run);
        organization.user("e2e-owner-" + run, team, "SALES_REP", PASSWORD);
        long member = organization.user("e2e-member-" + run, team, "SALES_REP", PASSWORD);

        long stage = stack.api.createStage(PipelineEndToEndIT.unique("team"), 951, "50.00");
        long deal = OltpApi.loggedIn(stack.oltp.baseUrl(), "e2e-owner-" + run, PASSWORD)
                .createOpportunity("团队的单", "300.00", stage);
        String memberToken = OltpApi.loggedIn(stack.oltp.baseUrl(), "e2e-member-" + run, PASSWORD).token();
        await().atMost(FIRST_CHANGE).until(() -> openCount(stack.api.token(), stage) == 1);
        assertThat(openCount(memberToken, stage)).as("a colleague's deal, SELF scope").isZero();

        organization.addToDealTeam(deal, member);
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(50)).until(() -> openCount(memberToken, stage) == 1);

        organization.removeFromDealTeam(deal, member);
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(50)).until(() -> openCount(memberToken, stage) == 0);
    }

    /** The stage's open count in the dashboards' chart API as the token's user sees it; -1 before the stage shows. */
    private long openCount(String token, long stageId) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(stack.dashboards.baseUrl() + "/api/v1/charts/pipeline"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.body()).get("rows").spliterator(), false)
                .filter(row -> row.get("stageId").asLong() == stageId)
                .mapToLong(row -> row.get("openCount").asLong())
                .findFirst().orElse(-1);
    }
}
