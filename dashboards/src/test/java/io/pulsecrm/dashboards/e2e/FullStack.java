package io.pulsecrm.dashboards.e2e;

import io.pulsecrm.localstack.FreePorts;
import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.localstack.Service;
import io.pulsecrm.localstack.ServiceProcess;
import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.query.PipelineQueries;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The whole product on the real local stack, once per test JVM: PostgreSQL, Kafka and the ClickHouse
 * endpoint, and the four services started from their packaged jars exactly as {@code ./crm up} runs them.
 * Tests isolate by their own data (fresh stages), not by restarting anything.
 */
final class FullStack {

    private static FullStack instance;

    /** The bootstrap admin's password this stack's oltp-app is started with. */
    static final String ADMIN_PASSWORD = "e2e-admin-" + Long.toString(System.nanoTime(), 36);

    final ServiceProcess oltp;
    final ServiceProcess streamProcessors;
    final ServiceProcess sink;
    final ServiceProcess dashboards;
    final OltpApi api;
    final PipelineQueries warehouse;
    final DataSource clickhouse;

    private FullStack(LocalStack stack) {
        Map<String, String> none = Map.of();
        // oltp-app first: its Flyway migration creates the tables the CDC engine captures. It allows the dashboards'
        // origin (the segment builder's page calls it), so the dashboards' port is chosen now.
        int dashboardsPort = FreePorts.next();
        this.oltp = stack.start(Service.OLTP_APP, Map.of("CRM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "CRM_DASHBOARDS_PUBLIC_URL", "http://127.0.0.1:" + dashboardsPort));
        this.streamProcessors = stack.start(Service.STREAM_PROCESSORS, none);
        this.sink = stack.start(Service.WAREHOUSE_SINK, none);
        // Single sign-on: dashboards trusts the keys this oltp-app publishes, and sends browsers to its login.
        this.dashboards = stack.start(Service.DASHBOARDS, dashboardsPort, Map.of(
                "CRM_OLTP_JWKS_URL", oltp.baseUrl() + "/.well-known/jwks.json",
                "CRM_OLTP_PUBLIC_URL", oltp.baseUrl()));
        this.api = OltpApi.loggedIn(oltp.baseUrl(), "admin", ADMIN_PASSWORD);
        this.clickhouse = ClickHouseDataSources.create(ClickHouseConfig.fromEnv(stack.env()));
        this.warehouse = new PipelineQueries(clickhouse);
    }

    static synchronized FullStack shared() {
        if (instance == null) {
            instance = new FullStack(LocalStack.shared());
        }
        return instance;
    }
}
