package io.pulsecrm.dashboards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Managers' live dashboards: ClickHouse (through the warehouse library) → ECharts options → browser, pushed by SSE. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DashboardsApplication {

    public static void main(String[] args) {
        SpringApplication.run(DashboardsApplication.class, args);
    }
}
