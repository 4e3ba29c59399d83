package io.pulsecrm.warehouse.reconcile;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One side's rows of a figure: key (its columns' text) → values, as read. A key seen twice is a broken query. */
record FigureRows(Map<List<String>, List<BigDecimal>> byKey) {

    FigureRows {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final Map<List<String>, List<BigDecimal>> rows = new LinkedHashMap<>();

        Builder row(List<String> key, List<BigDecimal> values) {
            if (rows.putIfAbsent(List.copyOf(key), List.copyOf(values)) != null) {
                throw new IllegalStateException("key " + key + " returned twice: the query does not group by its key");
            }
            return this;
        }

        FigureRows build() {
            return new FigureRows(rows);
        }
    }
}
