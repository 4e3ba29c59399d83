package io.pulsecrm.bench;

import java.util.Map;

/** The funnel's transitions derived in ClickHouse (see {@link BenchAnalytics}). */
final class BenchFunnel {

    private BenchFunnel() {
    }

    static Map<String, String> statements() {
        return Map.of();
    }
}
