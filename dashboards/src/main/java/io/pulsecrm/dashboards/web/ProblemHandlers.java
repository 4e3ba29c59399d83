package io.pulsecrm.dashboards.web;

import io.pulsecrm.dashboards.drilldown.InvalidParameters;
import io.pulsecrm.dashboards.drilldown.StageNotFound;
import io.pulsecrm.dashboards.filter.OutOfScope;
import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.dashboards.segment.ExportRefused;
import io.pulsecrm.dashboards.segment.SegmentNotFound;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Named failures → RFC 9457 problems, in one place. Refused input has oltp-app's shape: {@code code} and
 * {@code errors} of {@code {field, message}}, the detail naming each field.
 */
@RestControllerAdvice
class ProblemHandlers {

    static final URI WAREHOUSE_UNAVAILABLE = URI.create("urn:pulsecrm:problem:warehouse-unavailable");
    static final URI INVALID_INPUT = URI.create("urn:pulsecrm:problem:invalid-input");
    static final URI OUT_OF_SCOPE = URI.create("urn:pulsecrm:problem:out-of-scope");
    static final URI STAGE_NOT_FOUND = URI.create("urn:pulsecrm:problem:stage-not-found");
    static final URI SEGMENT_NOT_FOUND = URI.create("urn:pulsecrm:problem:segment-not-found");
    static final URI EXPORT_FORBIDDEN = URI.create("urn:pulsecrm:problem:permission-denied");

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    private final MessageSource messages;

    ProblemHandlers(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(WarehouseUnavailable.class)
    ResponseEntity<ProblemDetail> warehouseUnavailable(WarehouseUnavailable e, Locale locale) {
        log.warn("Answering 503, ClickHouse unavailable: {}", e.getMessage());
        var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, WAREHOUSE_UNAVAILABLE, "warehouseUnavailable", locale,
                messages.getMessage("problem.warehouseUnavailable.detail", null, locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(InvalidParameters.class)
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParameters e, Locale locale) {
        log.debug("Answering 400: {}", e.getMessage());
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.parameter(),
                        "message", messages.getMessage("problem.parameter." + p.reason(), p.args(), locale)))
                .toList();
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .collect(Collectors.joining("; "));
        var problem = problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, "invalidInput", locale, detail);
        problem.setProperty("code", "invalid-input");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A filter naming a department or employee outside the scope: the same answer whether it exists or not. */
    @ExceptionHandler(OutOfScope.class)
    ResponseEntity<ProblemDetail> outOfScope(OutOfScope e, Locale locale) {
        log.info("Answering 403: {}", e.getMessage());
        String field = e.parameter();
        var problem = problem(HttpStatus.FORBIDDEN, OUT_OF_SCOPE, "outOfScope", locale,
                field + ": " + messages.getMessage("problem.parameter.outOfScope", null, locale));
        problem.setProperty("code", "out-of-scope");
        problem.setProperty("errors", List.of(Map.of("field", field,
                "message", messages.getMessage("problem.parameter.outOfScope", null, locale))));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /** A download without the permission it needs: 403 naming the permission, nothing written. */
    @ExceptionHandler(ExportRefused.class)
    ResponseEntity<ProblemDetail> exportRefused(ExportRefused e, Locale locale) {
        log.info("Answering 403: {}", e.getMessage());
        var problem = problem(HttpStatus.FORBIDDEN, EXPORT_FORBIDDEN, "exportForbidden", locale,
                messages.getMessage("problem.exportForbidden.detail", new Object[] {e.permission()}, locale));
        problem.setProperty("code", "permission-denied");
        problem.setProperty("permission", e.permission());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(SegmentNotFound.class)
    ResponseEntity<ProblemDetail> segmentNotFound(SegmentNotFound e, Locale locale) {
        var problem = problem(HttpStatus.NOT_FOUND, SEGMENT_NOT_FOUND, "segmentNotFound", locale,
                messages.getMessage("problem.segmentNotFound.detail", new Object[] {Long.toString(e.segmentId())}, locale));
        problem.setProperty("code", "segment-not-found");
        problem.setProperty("errors", List.of(Map.of("field", "id",
                "message", messages.getMessage("problem.parameter.noSuchSegment", null, locale))));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(StageNotFound.class)
    ResponseEntity<ProblemDetail> stageNotFound(StageNotFound e, Locale locale) {
        String stageId = Long.toString(e.stageId());
        var problem = problem(HttpStatus.NOT_FOUND, STAGE_NOT_FOUND, "stageNotFound", locale,
                messages.getMessage("problem.stageNotFound.detail", new Object[] {stageId}, locale));
        problem.setProperty("code", "stage-not-found");
        problem.setProperty("errors", List.of(Map.of("field", "stageId",
                "message", messages.getMessage("problem.parameter.noSuchStage", null, locale))));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private ProblemDetail problem(HttpStatus status, URI type, String key, Locale locale, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem." + key + ".title", null, locale));
        problem.setType(type);
        return problem;
    }
}
