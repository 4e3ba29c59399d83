package io.pulsecrm.dashboards.config;

import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.query.PipelineQueries;
import io.pulsecrm.warehouse.query.SinkProgress;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The warehouse library's ClickHouse access, configured from {@code crm.dashboards.clickhouse.*}. */
@Configuration(proxyBeanMethods = false)
class WarehouseBeans {

    @Bean
    DataSource clickhouse(DashboardsProperties properties) {
        DashboardsProperties.ClickHouse ch = properties.clickhouse();
        return ClickHouseDataSources.create(new ClickHouseConfig(ch.url(), ch.database(), ch.user(), ch.password()));
    }

    @Bean
    PipelineQueries pipelineQueries(DataSource clickhouse) {
        return new PipelineQueries(clickhouse);
    }

    @Bean
    SinkProgress sinkProgress(DataSource clickhouse) {
        return new SinkProgress(clickhouse);
    }
}
