package io.pulsecrm.oltp.shared.web;

import java.util.stream.Collectors;

import io.pulsecrm.oltp.shared.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns an unreadable request body into the field it is about, as far as Jackson can tell. */
final class JsonBodyProblems {

    static final String BODY = "body";

    private JsonBodyProblems() {
    }

    static FieldProblem from(HttpMessageNotReadableException ex) {
        JacksonException jackson = jacksonCause(ex);
        if (jackson == null) {
            return new FieldProblem(BODY, "request body is missing or is not JSON");
        }
        String field = path(jackson);
        if (!field.isEmpty()) {
            return new FieldProblem(field, message(jackson));
        }
        if (jackson instanceof StreamReadException) {
            return new FieldProblem(BODY, "malformed JSON" + location(jackson));
        }
        return new FieldProblem(BODY, "must be a JSON object");
    }

    /** The outermost Jackson exception: it carries the path (a date's parse error sits below it). */
    private static JacksonException jacksonCause(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String message(JacksonException ex) {
        if (ex instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (ex instanceof InputCoercionException) {
            return "is out of range";
        }
        if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "must be " + TypeNames.expected(invalid.getTargetType());
        }
        if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + TypeNames.expected(mismatched.getTargetType());
        }
        return "has the wrong type";
    }

    private static String path(JacksonException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String location(JacksonException ex) {
        var at = ex.getLocation();
        return at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr());
    }
}
