package io.pulsecrm.dashboards.filter;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.sales.DirectoryQueries;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import org.springframework.stereotype.Component;

/** {@link DirectorySource} on the warehouse library's query. */
@Component
class ClickHouseDirectory implements DirectorySource {

    private final DirectoryQueries queries;

    ClickHouseDirectory(DirectoryQueries queries) {
        this.queries = queries;
    }

    @Override
    public OrgDirectory directory() {
        return WarehouseUnavailable.read(() -> queries.directory());
    }
}
