package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.warehouse.query.WarehouseQueryException;
import java.util.function.Supplier;

/** ClickHouse did not answer; the API maps this to 503 and the live feed to an {@code unavailable} event. */
public class WarehouseUnavailable extends RuntimeException {

    public WarehouseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** Runs a warehouse read, its library's failure turned into this: what every caller here expects. */
    public static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (WarehouseQueryException e) {
            throw new WarehouseUnavailable(e.getMessage(), e);
        }
    }
}
