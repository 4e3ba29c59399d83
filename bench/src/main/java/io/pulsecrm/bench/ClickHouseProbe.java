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

    /**
     * The fewest of the stage's deals any output shows: the manager's open count, the funnel's entries into the
     * stage (distinct facts: a replayed fact is one) and the mirrored deals seen in it. Each output travels its own
     * way (the funnel and the forecast through Streams, the mirror straight from the CDC topic), so the last to
     * arrive is the pipeline's end to end.
     */
    private static final String EVERYWHERE_COUNT = """
            SELECT least(
                toInt64((SELECT argMax(open_count, version) FROM pipeline_by_stage WHERE stage_id = {stage:Int64})),
                toInt64((SELECT uniqExact(fact_id) FROM funnel_transition
                         WHERE to_step = 'STAGE' AND to_stage_id = {stage:Int64})),
                toInt64((SELECT uniqExact(id) FROM opportunity WHERE stage_id = {stage:Int64})))
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
        return count(stageId, OPEN_COUNT);
    }

    /** How many of the stage's deals every output shows (a scan of the mirror: poll it only near the end). */
    long everywhereCount(long stageId) throws IOException {
        return count(stageId, EVERYWHERE_COUNT);
    }

    private long count(long stageId, String sql) throws IOException {
        HttpConnection.Response r = http.send("POST", path + stageId, sql);
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
