package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedChdbServer.class)
class ResponseHeadersIT {

    @Test
    void aResultCarriesTheHeadersClickHouseJdbcReads(ChdbProcess server) throws Exception {
        // when
        HttpResponse<String> response = new Http(server).post("query_id=my-query-1&default_format=JSONEachRow",
                "SELECT number AS n FROM numbers(3)");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-ClickHouse-Query-Id")).hasValue("my-query-1");
        assertThat(response.headers().firstValue("X-ClickHouse-Format")).hasValue("JSONEachRow");
        assertThat(response.headers().firstValue("X-ClickHouse-Timezone")).hasValue("UTC");
        assertThat(response.headers().firstValue("X-ClickHouse-Server-Display-Name")).hasValue("chdb-http");
        assertThat(response.headers().firstValue("X-ClickHouse-Summary").orElseThrow())
                .contains("\"read_rows\":\"3\"", "\"written_rows\":\"0\"", "\"result_rows\":\"3\"", "\"elapsed_ns\":\"");
        assertThat(response.body()).isEqualTo("{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n");
    }

    @Test
    void aFormatClauseOverridesTheDefaultFormatAndIsReported(ChdbProcess server) throws Exception {
        HttpResponse<String> response = new Http(server).post("default_format=JSONEachRow", "SELECT 1 AS x FORMAT CSVWithNames");

        assertThat(response.headers().firstValue("X-ClickHouse-Format")).hasValue("CSVWithNames");
        assertThat(response.body()).isEqualTo("\"x\"\n1\n");
    }
}
