package io.pulsecrm.warehouse.query;

import java.sql.SQLException;

/** A warehouse read failed (ClickHouse unreachable or the query rejected). */
public class WarehouseQueryException extends RuntimeException {

    public WarehouseQueryException(String what, SQLException cause) {
        super("ClickHouse query failed: " + what + ": " + cause.getMessage(), cause);
    }
}
