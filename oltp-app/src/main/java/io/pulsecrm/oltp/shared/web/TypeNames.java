package io.pulsecrm.oltp.shared.web;

import java.util.List;

/** How a client should read the type a value failed to convert to. */
final class TypeNames {

    private TypeNames() {
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "Long", "long", "Integer", "int" -> "a whole number";
            case "BigDecimal" -> "a number";
            case "LocalDate" -> "a date (yyyy-MM-dd)";
            case "Instant" -> "a date-time with offset (ISO-8601, e.g. 2026-05-01T09:30:00+08:00)";
            case "String" -> "a string";
            case "Boolean", "boolean" -> "true or false";
            default -> "a " + type.getSimpleName();
        };
    }
}
