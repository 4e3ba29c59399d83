package io.pulsecrm.oltp.shared.web;

import java.util.ArrayList;
import java.util.List;

import io.pulsecrm.export.TableExport;
import io.pulsecrm.oltp.shared.DomainException;
import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.Forbidden;
import io.pulsecrm.oltp.shared.Throttled;
import io.pulsecrm.oltp.shared.Unauthenticated;
import io.pulsecrm.oltp.shared.InvalidInput;
import io.pulsecrm.oltp.shared.NotFound;
import io.pulsecrm.oltp.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become HTTP answers: RFC 9457 problems
 * ({@code application/problem+json}) with a {@code code} and an {@code errors} array of
 * {@code {field, message}}. Named domain exceptions map by family; Spring MVC's own binding and
 * validation failures are rewritten to name the offending field.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private static final String BODY = JsonBodyProblems.BODY;

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException ex) {
        HttpStatus status = switch (ex) {
            case InvalidInput ignored -> HttpStatus.BAD_REQUEST;
            case NotFound ignored -> HttpStatus.NOT_FOUND;
            case RuleViolation ignored -> HttpStatus.CONFLICT;
            case Forbidden ignored -> HttpStatus.FORBIDDEN;
            case Unauthenticated ignored -> HttpStatus.UNAUTHORIZED;
            case Throttled ignored -> HttpStatus.TOO_MANY_REQUESTS;
        };
        ResponseEntity<ProblemDetail> answer = problem(ProblemDetails.of(status, ex.code(), ex.getMessage(), ex.problems()));
        if (ex instanceof Throttled throttled) {
            return ResponseEntity.status(status).headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, throttled.retryAfter().toSeconds())))
                    .body(answer.getBody());
        }
        return answer;
    }

    /** An export asked for a file format none writes (module table-export): a 400 naming the parameter. */
    @ExceptionHandler(TableExport.UnknownFormat.class)
    ResponseEntity<ProblemDetail> unknownFormat(TableExport.UnknownFormat ex) {
        return problem(ProblemDetails.of(HttpStatus.BAD_REQUEST, "invalid-input", ex.getMessage(),
                List.of(new FieldProblem(ex.field(), ex.getMessage()))));
    }

    /** Two writers raced past the version check: the later one loses, as with a stale version. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
        log.info("Concurrent change refused: {}", ex.getMessage());
        String message = "changed by someone else at the same time: reload it and apply the change again";
        return problem(ProblemDetails.of(HttpStatus.CONFLICT, "stale-version", message,
                List.of(new FieldProblem("version", message))));
    }

    /** A database constraint caught what the services did not (a race); nothing was written. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
        log.warn("Constraint refused a write: {}", ex.getMostSpecificCause().getMessage());
        return problem(ProblemDetails.of(HttpStatus.CONFLICT, "integrity-violation",
                "the change conflicts with data changed at the same time: reload and try again", List.of()));
    }

    /** A permission check on an endpoint said no ({@code @PreAuthorize}); nothing ran. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
        return problem(ProblemDetails.of(HttpStatus.FORBIDDEN, "permission-denied",
                "you do not have the permission this action needs", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return problem(ProblemDetails.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "an unexpected error occurred; nothing was changed", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult().getAllErrors().forEach(error -> errors.add(fieldProblem(null, error)));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(fieldProblem(parameter, error)));
        });
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(JsonBodyProblems.from(ex)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String expected = TypeNames.expected(ex.getRequiredType());
        return invalid(List.of(new FieldProblem(ex.getPropertyName(), "must be " + expected)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    /** Every other MVC failure (405, 406, 415, unknown path…) keeps Spring's problem, in our shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            ProblemDetails.decorate(problem, codeFor(status), List.of());
        } else if (body == null && ex instanceof ErrorResponse response) {
            ProblemDetails.decorate(response.getBody(), codeFor(status), List.of());
            body = response.getBody();
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> found) {
        List<FieldProblem> errors = found.stream().distinct().toList();
        return ResponseEntity.badRequest().body(ProblemDetails.of(HttpStatus.BAD_REQUEST, "invalid-input",
                InvalidInput.describe(errors), errors));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static FieldProblem fieldProblem(String parameter, MessageSourceResolvable error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
        return new FieldProblem(field == null ? BODY : field, error.getDefaultMessage());
    }

    private static String codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
    }
}
