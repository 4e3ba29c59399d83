package io.pulsecrm.oltp.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields a change touched, each from → to; fields whose value stayed the same are left out. */
public final class Changes {

    private final Map<String, Map<String, Object>> fields = new LinkedHashMap<>();

    public static Changes none() {
        return new Changes();
    }

    /** Adds the field if its value changed ({@code BigDecimal}s compare by value: 1.0 equals 1.00). */
    public Changes field(String name, Object from, Object to) {
        if (!same(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from == null ? null : from.toString());
            change.put("to", to == null ? null : to.toString());
            fields.put(name, change);
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Map<String, Object>> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    private static boolean same(Object from, Object to) {
        if (from instanceof java.math.BigDecimal a && to instanceof java.math.BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(from, to);
    }
}
