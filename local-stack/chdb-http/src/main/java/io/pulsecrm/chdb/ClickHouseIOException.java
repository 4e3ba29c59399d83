package io.pulsecrm.chdb;

import java.io.IOException;

/** Carries a ClickHouse error out of an InputStream (e.g. a damaged compressed request body). */
final class ClickHouseIOException extends IOException {

    ClickHouseIOException(ClickHouseException error) {
        super(error.getMessage(), error);
    }

    ClickHouseException error() {
        return (ClickHouseException) getCause();
    }
}
