package io.pulsecrm.dashboards;

import io.pulsecrm.dashboards.access.FakeViewerAccess;
import io.pulsecrm.dashboards.drilldown.FakeStageDeals;
import io.pulsecrm.dashboards.filter.FakeDirectory;
import io.pulsecrm.dashboards.sales.FakeFunnelRoiWarehouse;
import io.pulsecrm.dashboards.sales.FakeSalesWarehouse;
import io.pulsecrm.dashboards.sales.FakeForecastWarehouse;
import io.pulsecrm.dashboards.pipeline.FakePipelineWarehouse;
import io.pulsecrm.dashboards.segment.FakeSegmentWarehouse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The whole app in a mock servlet environment, on a warehouse and logins the test controls. */
@TestConfiguration(proxyBeanMethods = false)
public class WebTestConfig {

    @Bean
    @Primary
    FakePipelineWarehouse fakePipelineWarehouse() {
        return new FakePipelineWarehouse();
    }

    @Bean
    @Primary
    FakeStageDeals fakeStageDeals() {
        return new FakeStageDeals();
    }

    @Bean
    @Primary
    FakeSalesWarehouse fakeSalesWarehouse() {
        return new FakeSalesWarehouse();
    }

    @Bean
    @Primary
    FakeFunnelRoiWarehouse fakeFunnelRoiWarehouse() {
        return new FakeFunnelRoiWarehouse();
    }

    @Bean
    @Primary
    FakeForecastWarehouse fakeForecastWarehouse() {
        return new FakeForecastWarehouse();
    }

    @Bean
    @Primary
    FakeDirectory fakeDirectory() {
        return new FakeDirectory();
    }

    @Bean
    @Primary
    FakeSegmentWarehouse fakeSegmentWarehouse() {
        return new FakeSegmentWarehouse();
    }

    @Bean
    @Primary
    FakeViewerAccess fakeViewerAccess() {
        return new FakeViewerAccess();
    }
}
