package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every customer, contact, team and pool endpoint answers bad input with a 400 naming the field,
 * and writes nothing (row counts and the fixture rows are the same before and after).
 */
class CustomerBadInputIT extends SalesFloor {

    private long customer;
    private long contact;

    @BeforeAll
    void fixture() {
        customer = newCustomer(unique("坏输入客户"));
        contact = idOf(post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"张三\"}"));
    }

    static Stream<Arguments> badRequests() {
        String c = "/api/v1/customers";
        return Stream.of(
                bad("POST", c, "{\"level\": \"KEY\"}", "name"),
                bad("POST", c, "{\"name\": \"" + "客".repeat(201) + "\"}", "name"),
                bad("POST", c, "{\"name\": \"n\", \"level\": \"VIP\"}", "level"),
                bad("POST", c, "{\"name\": \"n\", \"source\": \"TV\"}", "source"),
                bad("POST", c, "{\"name\": \"n\", \"industry\": \"" + "x".repeat(33) + "\"}", "industry"),
                bad("POST", c, "{\"name\": \"n\", \"region\": \"" + "x".repeat(65) + "\"}", "region"),
                bad("POST", c, "{\"name\": \"n\", \"phone\": \"call me\"}", "phone"),
                bad("POST", c, "{\"name\": \"n\", \"email\": \"a@b\"}", "email"),
                bad("POST", c, "{\"name\": \"n\", \"campaignId\": 999999999}", "campaignId"),
                bad("POST", c, "{\"name\": \"n\", \"campaignId\": \"x\"}", "campaignId"),
                bad("POST", c, "{\"name\": \"n\", \"vip\": true}", "vip"),
                bad("POST", c, "{\"name\": 5}", "name"),
                bad("PUT", c + "/{customer}", "{\"name\": \"n\"}", "version"),
                bad("PUT", c + "/{customer}", "{\"name\": \"\", \"version\": 0}", "name"),
                bad("POST", c + "/{customer}/lock", "{}", "version"),
                bad("POST", c + "/{customer}/unlock", "{\"version\": -1}", "version"),
                bad("POST", c + "/transfer", "{\"ids\": [], \"ownerId\": 1}", "ids"),
                bad("POST", c + "/transfer", "{\"ids\": [0], \"ownerId\": 1}", "ids[0]"),
                bad("POST", c + "/transfer", "{\"ids\": [{customer}]}", "ownerId"),
                bad("POST", c + "/transfer", "{\"ids\": [{customer}], \"ownerId\": 1, \"keepOldOwnerAsTeamMember\": \"ALL\"}",
                        "keepOldOwnerAsTeamMember"),
                bad("POST", c + "/{customer}/team", "{\"access\": \"READ\"}", "userId"),
                bad("POST", c + "/{customer}/team", "{\"userId\": 999999999, \"access\": \"READ\"}", "userId"),
                bad("POST", c + "/{customer}/team", "{\"userId\": 1}", "access"),
                bad("POST", c + "/{customer}/contacts", "{\"title\": \"经理\"}", "name"),
                bad("POST", c + "/{customer}/contacts", "{\"name\": \"n\", \"mobile\": \"abc\"}", "mobile"),
                bad("POST", c + "/{customer}/contacts", "{\"name\": \"n\", \"primary\": \"yes\"}", "primary"),
                bad("PUT", "/api/v1/contacts/{contact}", "{\"name\": \"n\"}", "version"),
                bad("PUT", "/api/v1/contacts/{contact}", "{\"name\": \"n\", \"email\": \"x\", \"version\": 0}", "email"),
                bad("POST", c + "/{customer}/release", "{}", "version"),
                bad("POST", c + "/{customer}/release", "{\"version\": 0, \"reason\": \"" + "r".repeat(501) + "\"}", "reason"),
                bad("POST", "/api/v1/pool/claim", "{\"ids\": []}", "ids"),
                bad("POST", "/api/v1/pool/assign", "{\"ids\": [1]}", "ownerId"),
                bad("PUT", "/api/v1/pool/rules", "{\"enabled\": true, \"warnDaysBefore\": 3, \"daysWithoutFollowUp\": 0, "
                        + "\"version\": 0}", "daysWithoutFollowUp"),
                bad("PUT", "/api/v1/pool/rules", "{\"enabled\": true, \"warnDaysBefore\": 366, \"version\": 0}",
                        "warnDaysBefore"),
                bad("PUT", "/api/v1/pool/rules", "{\"enabled\": true, \"warnDaysBefore\": 3, \"claimLimit\": -1, "
                        + "\"version\": 0}", "claimLimit"),
                bad("PUT", "/api/v1/pool/rules", "{\"warnDaysBefore\": 3, \"version\": 0}", "enabled"),
                bad("GET", c + "?level=VIP", null, "level"),
                bad("GET", c + "?size=101", null, "size"),
                bad("GET", c + "?locked=maybe", null, "locked"),
                bad("GET", c + "/abc", null, "id"),
                bad("GET", c + "/{customer}/follow-ups?kind=CALL", null, "kind"),
                bad("GET", "/api/v1/contacts?page=-1", null, "page"),
                bad("GET", "/api/v1/pool?dealStatus=MAYBE", null, "dealStatus"));
    }

    @ParameterizedTest(name = "{0} {1} {2} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = snapshot();

        MvcTestResult result = sendFilled(method, path, json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(snapshot()).isEqualTo(before);
    }

    private MvcTestResult sendFilled(String method, String path, String json) {
        String uri = path.replace("{customer}", Long.toString(customer)).replace("{contact}", Long.toString(contact));
        return send(method, uri, json == null ? null : json.replace("{customer}", Long.toString(customer)));
    }

    private String snapshot() {
        return String.join("|", List.of(
                jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from customer").query(String.class).single(),
                jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from contact").query(String.class).single(),
                jdbc.sql("select count(*) from record_team_member").query(String.class).single(),
                jdbc.sql("select count(*) from pool_event").query(String.class).single(),
                jdbc.sql("select p::text from pool_rule p").query(String.class).single(),
                row("customer", customer), row("contact", contact)));
    }

    private static Arguments bad(String method, String path, String json, String field) {
        return Arguments.of(method, path, json, field);
    }
}
