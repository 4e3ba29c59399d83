package io.pulsecrm.dashboards.pipeline;

/** ClickHouse did not answer; the API maps this to 503 and the live feed to an {@code unavailable} event. */
public class WarehouseUnavailable extends RuntimeException {

    public WarehouseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
