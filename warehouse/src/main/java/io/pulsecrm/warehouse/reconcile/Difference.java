package io.pulsecrm.warehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;

/**
 * One value that PostgreSQL and ClickHouse do not agree on: the figure, its key, which value, and each side's value
 * ({@code null} where that side has no row for the key at all).
 */
record Difference(String figure, List<String> key, String value, BigDecimal postgres, BigDecimal clickHouse) {

    /** {@code figure key value: postgres=… clickhouse=…}, "missing" for a side without the row. */
    String describe(List<String> keyColumns) {
        StringBuilder keyText = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            keyText.append(i == 0 ? "" : " ").append(keyColumns.get(i)).append('=').append(key.get(i));
        }
        return figure + " [" + keyText + "] " + value + ": postgres=" + text(postgres) + " clickhouse=" + text(clickHouse);
    }

    private static String text(BigDecimal value) {
        return value == null ? "missing" : value.toPlainString();
    }
}
