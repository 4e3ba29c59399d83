package io.pulsecrm.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a manager's dashboard would see — the open count of one stage — straight from ClickHouse's HTTP
 * interface, with the stage id as a query parameter. A thin client keeps the probe's own cost off the two
 * cores it measures.
 */
final class ClickHouseProbe implements AutoCloseable {

    private static final String OPEN_COUNT = """
            SELECT argMax(open_count, version)
            FROM pipeline_by_stage
            WHERE stage_id = {stage:Int64}
            FORMAT TabSeparated""";

    private final HttpConnection http;
    private final String path;

    /** The URL is {@code http://host:port} or the JDBC form {@code jdbc:clickhouse:http://host:port}. */
    ClickHouseProbe(BenchArgs.ClickHouse ch) {
        URI base = URI.create(ch.url().replaceFirst("^jdbc:clickhouse:", ""));
        this.http = new HttpConnection(base, "X-ClickHouse-User: " + ch.user() + "\r\nX-ClickHouse-Key: " + ch.password() + "\r\n");
        this.path = "/?database=" + URLEncoder.encode(ch.database(), StandardCharsets.UTF_8) + "&param_stage=";
    }

    long openCount(long stageId) throws IOException {
        HttpConnection.Response r = http.send("POST", path + stageId, OPEN_COUNT);
        if (r.status() != 200) {
            throw new IOException("ClickHouse answered " + r.status() + ": " + r.body());
        }
        String value = r.body().trim();
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    @Override
    public void close() {
        http.close();
    }
}
