package io.pulsecrm.oltp.shared;

/** One bad input value: the field (JSON property, query parameter or path variable) and why. */
public record FieldProblem(String field, String message) {
}
