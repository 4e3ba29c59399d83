package io.pulsecrm.dashboards.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.query.CampaignRoiQueries;
import io.pulsecrm.warehouse.query.FunnelQueries;
import io.pulsecrm.warehouse.query.ForecastQueries;
import io.pulsecrm.warehouse.query.OrganizationQueries;
import io.pulsecrm.warehouse.query.PipelineDealQueries;
import io.pulsecrm.warehouse.query.PipelineQueries;
import io.pulsecrm.warehouse.query.SegmentAudience;
import io.pulsecrm.warehouse.query.SegmentCatalogQueries;
import io.pulsecrm.warehouse.query.SegmentQueries;
import io.pulsecrm.warehouse.query.SinkProgress;
import io.pulsecrm.warehouse.query.sales.DirectoryQueries;
import io.pulsecrm.warehouse.query.sales.SalesFactQueries;
import io.pulsecrm.warehouse.query.sales.SalesWidgetQueries;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The warehouse library's ClickHouse access, configured from {@code crm.dashboards.clickhouse.*}. */
@Configuration(proxyBeanMethods = false)
class WarehouseBeans {

    /**
     * Pooled: every API request reads the viewer's login, grants and organization, then the figures, and a
     * driver connection costs ~10 ms to build. The pool never waits for ClickHouse at start (the app must start,
     * and answer 503, while ClickHouse is down).
     */
    @Bean(destroyMethod = "close")
    HikariDataSource clickhouse(DashboardsProperties properties) {
        DashboardsProperties.ClickHouse ch = properties.clickhouse();
        var pool = new HikariConfig();
        pool.setPoolName("clickhouse");
        pool.setDataSource(ClickHouseDataSources.create(new ClickHouseConfig(ch.url(), ch.database(), ch.user(), ch.password())));
        pool.setMaximumPoolSize(6);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(5_000);
        pool.setInitializationFailTimeout(-1);
        return new HikariDataSource(pool);
    }

    @Bean
    OrganizationQueries organizationQueries(DataSource clickhouse) {
        return new OrganizationQueries(clickhouse);
    }

    @Bean
    PipelineQueries pipelineQueries(DataSource clickhouse) {
        return new PipelineQueries(clickhouse);
    }

    @Bean
    PipelineDealQueries pipelineDealQueries(DataSource clickhouse) {
        return new PipelineDealQueries(clickhouse);
    }

    @Bean
    SalesFactQueries salesFactQueries(DataSource clickhouse) {
        return new SalesFactQueries(clickhouse);
    }

    @Bean
    ForecastQueries forecastQueries(DataSource clickhouse) {
        return new ForecastQueries(clickhouse);
    }

    @Bean
    SalesWidgetQueries salesWidgetQueries(DataSource clickhouse) {
        return new SalesWidgetQueries(clickhouse);
    }

    @Bean
    DirectoryQueries directoryQueries(DataSource clickhouse) {
        return new DirectoryQueries(clickhouse);
    }

    @Bean
    SegmentQueries segmentQueries(DataSource clickhouse) {
        return new SegmentQueries(clickhouse);
    }

    @Bean
    SegmentAudience segmentAudience(DataSource clickhouse) {
        return new SegmentAudience(clickhouse);
    }

    @Bean
    SegmentCatalogQueries segmentCatalogQueries(DataSource clickhouse) {
        return new SegmentCatalogQueries(clickhouse);
    }

    @Bean
    FunnelQueries funnelQueries(DataSource clickhouse) {
        return new FunnelQueries(clickhouse);
    }

    @Bean
    CampaignRoiQueries campaignRoiQueries(DataSource clickhouse) {
        return new CampaignRoiQueries(clickhouse);
    }

    @Bean
    SinkProgress sinkProgress(DataSource clickhouse) {
        return new SinkProgress(clickhouse);
    }
}
