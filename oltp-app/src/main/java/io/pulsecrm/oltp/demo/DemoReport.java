package io.pulsecrm.oltp.demo;

import java.util.Map;

/**
 * The outcome of a generation run.
 *
 * @param seeded whether data was written (false: the database already held data, nothing changed)
 * @param rows   rows written per table, in foreign-key order
 * @param millis wall time of the run
 */
public record DemoReport(boolean seeded, Map<String, Long> rows, long millis) {

    public DemoReport {
        rows = Map.copyOf(rows);
    }

    static DemoReport skipped(long millis) {
        return new DemoReport(false, Map.of(), millis);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
