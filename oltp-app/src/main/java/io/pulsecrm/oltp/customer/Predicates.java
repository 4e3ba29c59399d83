package io.pulsecrm.oltp.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause built from fixed predicate texts and bound values: the code decides the SQL, the
 * request only ever supplies parameters.
 */
final class Predicates {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    Predicates add(String clause) {
        clauses.add(clause);
        return this;
    }

    /** Adds the clause with its parameter when the value is present. */
    Predicates when(Object value, String clause, String param) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    Predicates params(Map<String, Object> more) {
        params.putAll(more);
        return this;
    }

    Predicates param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    Map<String, Object> params() {
        return params;
    }
}
