package io.pulsecrm.dashboards.web;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Named failures → RFC 9457 problems, in one place. */
@RestControllerAdvice
class ProblemHandlers {

    static final URI WAREHOUSE_UNAVAILABLE = URI.create("urn:pulsecrm:problem:warehouse-unavailable");

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    private final MessageSource messages;

    ProblemHandlers(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(WarehouseUnavailable.class)
    ResponseEntity<ProblemDetail> warehouseUnavailable(WarehouseUnavailable e, Locale locale) {
        log.warn("Answering 503, ClickHouse unavailable: {}", e.getMessage());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("problem.warehouseUnavailable.detail", null, locale));
        problem.setTitle(messages.getMessage("problem.warehouseUnavailable.title", null, locale));
        problem.setType(WAREHOUSE_UNAVAILABLE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }
}
