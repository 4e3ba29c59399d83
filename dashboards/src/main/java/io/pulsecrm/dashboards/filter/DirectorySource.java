package io.pulsecrm.dashboards.filter;

import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.util.function.Supplier;

/** The organization with names, as ClickHouse has it now (read on every call, never cached). */
public interface DirectorySource {

    /** @throws io.pulsecrm.dashboards.pipeline.WarehouseUnavailable when ClickHouse cannot answer */
    OrgDirectory directory();

    /** The directory read on first use only, then kept for the one reading (a request, a poll) it serves. */
    default Supplier<OrgDirectory> once() {
        return new Supplier<>() {
            private OrgDirectory read;

            @Override
            public OrgDirectory get() {
                if (read == null) {
                    read = directory();
                }
                return read;
            }
        };
    }
}
