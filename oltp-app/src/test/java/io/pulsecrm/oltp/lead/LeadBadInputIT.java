package io.pulsecrm.oltp.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import io.pulsecrm.oltp.customer.SalesFloor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every lead endpoint answers bad input with a 400 naming the field, and writes nothing. */
class LeadBadInputIT extends SalesFloor {

    private long lead;

    @BeforeAll
    void fixture() {
        lead = idOf(post("/api/v1/leads", "{\"name\": \"坏输入线索\", \"source\": \"EVENT\"}"));
    }

    static Stream<Arguments> badRequests() {
        String l = "/api/v1/leads";
        return Stream.of(
                bad("POST", l, "{\"source\": \"EVENT\"}", "name"),
                bad("POST", l, "{\"name\": \"" + "名".repeat(101) + "\", \"source\": \"EVENT\"}", "name"),
                bad("POST", l, "{\"name\": \"n\"}", "source"),
                bad("POST", l, "{\"name\": \"n\", \"source\": \"TV\"}", "source"),
                bad("POST", l, "{\"name\": \"n\", \"source\": \"EVENT\", \"phone\": \"电话\"}", "phone"),
                bad("POST", l, "{\"name\": \"n\", \"source\": \"EVENT\", \"email\": \"@\"}", "email"),
                bad("POST", l, "{\"name\": \"n\", \"source\": \"EVENT\", \"company\": \"" + "c".repeat(201) + "\"}", "company"),
                bad("POST", l, "{\"name\": \"n\", \"source\": \"EVENT\", \"campaignId\": 0}", "campaignId"),
                bad("POST", l, "{\"name\": \"n\", \"source\": \"EVENT\", \"status\": \"QUALIFIED\"}", "status"),
                bad("POST", l, "{\"name\": \"n\", \"source\": \"EVENT\", \"remark\": \"" + "r".repeat(2001) + "\"}", "remark"),
                bad("PUT", l + "/{lead}", "{\"name\": \"n\", \"source\": \"EVENT\"}", "version"),
                bad("PUT", l + "/{lead}", "{\"name\": \" \", \"source\": \"EVENT\", \"version\": 0}", "name"),
                bad("POST", l + "/{lead}/qualify", "{}", "version"),
                bad("POST", l + "/{lead}/invalid", "{\"version\": 0, \"reason\": \"" + "r".repeat(401) + "\"}", "reason"),
                bad("POST", l + "/transfer", "{\"ids\": [{lead}]}", "ownerId"),
                bad("POST", l + "/transfer", "{\"ids\": [], \"ownerId\": 1}", "ids"),
                bad("POST", l + "/transfer", "{\"ids\": [{lead}], \"ownerId\": 999999999}", "ownerId"),
                bad("POST", l + "/{lead}/convert", "{}", "version"),
                bad("POST", l + "/{lead}/convert", "{\"version\": 0, \"level\": \"VIP\"}", "level"),
                bad("POST", l + "/{lead}/convert", "{\"version\": 0, \"contact\": {\"name\": \"n\", \"email\": \"x\"}}",
                        "contact.email"),
                bad("POST", l + "/{lead}/convert", "{\"version\": 0, \"opportunity\": {\"name\": \"n\", \"amount\": 1.001, "
                        + "\"stageId\": 1}}", "opportunity.amount"),
                bad("POST", l + "/{lead}/convert", "{\"version\": 0, \"opportunity\": {\"name\": \"n\", \"amount\": 1}}",
                        "opportunity.stageId"),
                bad("POST", l + "/{lead}/convert", "{\"version\": 0, \"opportunity\": {\"name\": \"n\", \"amount\": 1, "
                        + "\"stageId\": 1, \"expectedCloseDate\": \"2026-13-01\"}}", "opportunity.expectedCloseDate"),
                bad("GET", l + "?status=OPEN", null, "status"),
                bad("GET", l + "?source=TV", null, "source"),
                bad("GET", l + "?createdFrom=yesterday", null, "createdFrom"),
                bad("GET", l + "?size=0", null, "size"),
                bad("GET", l + "/duplicates?phone=" + "1".repeat(33), null, "phone"),
                bad("GET", l + "/export?ids=a,b", null, "ids"),
                bad("GET", l + "/x", null, "id"));
    }

    @ParameterizedTest(name = "{0} {1} {2} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = snapshot();
        String id = Long.toString(lead);
        MvcTestResult result = send(method, path.replace("{lead}", id), json == null ? null : json.replace("{lead}", id));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return String.join("|", List.of(
                jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from lead").query(String.class).single(),
                jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from customer").query(String.class).single(),
                jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) from opportunity").query(String.class).single(),
                row("lead", lead)));
    }

    private static Arguments bad(String method, String path, String json, String field) {
        return Arguments.of(method, path, json, field);
    }
}
