package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClickHouseExceptionTest {

    @Test
    void nestedEngineErrorsAreReportedOnceAsAServerWould() {
        // given: chDB's text for an error re-thrown twice
        String text = "Code: 73. DB::Exception: Code: 73. DB::Exception: Code: 73. DB::Exception: Unknown format NoSuchFormat."
                + " Maybe you meant: []. (UNKNOWN_FORMAT) (version 26.5.1.1). (UNKNOWN_FORMAT) (version 26.5.1.1). (UNKNOWN_FORMAT)";

        // when
        ClickHouseException error = ClickHouseException.fromEngine(text);

        // then
        assertThat(error.code()).isEqualTo(73);
        assertThat(error.name()).isEqualTo("UNKNOWN_FORMAT");
        assertThat(error.toResponseBody("26.5.1.1")).isEqualTo(
                "Code: 73. DB::Exception: Unknown format NoSuchFormat. Maybe you meant: []. (UNKNOWN_FORMAT) (version 26.5.1.1)\n");
        assertThat(error.httpStatus()).isEqualTo(404);
    }

    @Test
    void statusCodesFollowClickHouse() {
        assertThat(ClickHouseException.fromEngine("Code: 62. DB::Exception: Syntax error: x. (SYNTAX_ERROR)").httpStatus()).isEqualTo(400);
        assertThat(ClickHouseException.fromEngine("Code: 60. DB::Exception: Table a.b does not exist. (UNKNOWN_TABLE)").httpStatus()).isEqualTo(404);
        assertThat(ClickHouseException.fromEngine("Code: 395. DB::Exception: boom. (FUNCTION_THROW_IF_VALUE_IS_NON_ZERO)").httpStatus()).isEqualTo(500);
        assertThat(new ClickHouseException(229, "QUERY_IS_TOO_LARGE", "x").httpStatus()).isEqualTo(413);
    }

    @Test
    void textWithoutACodeBecomesAnUnknownException() {
        ClickHouseException error = ClickHouseException.fromEngine("something broke");

        assertThat(error.code()).isEqualTo(1002);
        assertThat(error.toResponseBody("1")).startsWith("Code: 1002. DB::Exception: something broke. (UNKNOWN_EXCEPTION)");
    }
}
