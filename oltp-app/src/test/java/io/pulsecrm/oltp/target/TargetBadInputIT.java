package io.pulsecrm.oltp.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every target endpoint answers bad input with a 400 naming the field, and writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetBadInputIT extends ApiIntegrationTest {

    private long user;

    @BeforeAll
    void fixture() {
        user = users.user(users.department(null), null, "SALES_REP");
    }

    /** A year whose month {@code bad} (1-based) is replaced by {@code month}; 0 keeps every month valid. */
    private static String year(int months, int bad, String month) {
        return IntStream.rangeClosed(1, months)
                .mapToObj(m -> m == bad ? month : "{\"month\": %d, \"contractAmount\": 100, \"receiptAmount\": 90}".formatted(m))
                .collect(Collectors.joining(", ", "{\"months\": [", "]}"));
    }

    static Stream<Arguments> badRequests() {
        String users = "/api/v1/targets/users/{user}/";
        return Stream.of(
                bad("PUT", users + "1999", year(12, 0, null), "year"),
                bad("PUT", users + "2101", year(12, 0, null), "year"),
                bad("PUT", "/api/v1/targets/users/x/2031", year(12, 0, null), "userId"),
                bad("PUT", "/api/v1/targets/departments/x/2031", year(12, 0, null), "deptId"),
                bad("PUT", users + "2031", year(11, 0, null), "months"),
                bad("PUT", users + "2031", "{}", "months"),
                bad("PUT", users + "2031", year(12, 1, "{\"month\": 13, \"contractAmount\": 1, \"receiptAmount\": 1}"), "months[0].month"),
                bad("PUT", users + "2031", year(12, 2, "{\"month\": 1, \"contractAmount\": 1, \"receiptAmount\": 1}"), "months[1].month"),
                bad("PUT", users + "2031", year(12, 1, "{\"month\": 1, \"contractAmount\": -1, \"receiptAmount\": 1}"),
                        "months[0].contractAmount"),
                bad("PUT", users + "2031", year(12, 1, "{\"month\": 1, \"contractAmount\": 1, \"receiptAmount\": 0.001}"),
                        "months[0].receiptAmount"),
                bad("PUT", users + "2031", year(12, 1, "{\"month\": 1, \"contractAmount\": 1}"), "months[0].receiptAmount"),
                bad("PUT", users + "2031", year(12, 1, "{\"month\": 1, \"contractAmount\": 1, \"receiptAmount\": 1, \"version\": -1}"),
                        "months[0].version"),
                bad("PUT", users + "2031", year(12, 1, "null"), "months[0]"),
                bad("PUT", users + "2031", year(12, 1, "{\"month\": \"一月\", \"contractAmount\": 1, \"receiptAmount\": 1}"),
                        "months[0].month"),
                bad("GET", "/api/v1/targets", null, "year"),
                bad("GET", "/api/v1/targets?year=twenty", null, "year"),
                bad("GET", "/api/v1/targets?year=1999", null, "year"),
                bad("GET", "/api/v1/targets?year=2031&departmentId=0", null, "departmentId"),
                bad("GET", users + "2200", null, "year"));
    }

    @ParameterizedTest(name = "{0} {1} names {3}")
    @MethodSource("badRequests")
    void badInputIsNamedAndNothingIsWritten(String method, String path, String json, String field) {
        String before = snapshot();

        MvcTestResult result = send(method, path.replace("{user}", Long.toString(user)), json);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return jdbc.sql("select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(sum(version), 0) from sales_target")
                .query(String.class).single() + "|" + count("operation_log");
    }

    private static Arguments bad(String method, String path, String json, String field) {
        return Arguments.of(method, path, json, field);
    }
}
