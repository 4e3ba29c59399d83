package io.pulsecrm.oltp.shared.web;

import java.net.URI;
import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the one problem shape the API answers with: RFC 9457 plus {@code code} and {@code errors}. */
final class ProblemDetails {

    static final String TYPE_PREFIX = "urn:pulsecrm:problem:";

    private ProblemDetails() {
    }

    static ProblemDetail of(HttpStatusCode status, String code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return decorate(problem, code, errors);
    }

    /** Adds our members to a problem Spring already built (its status, title and detail stay). */
    static ProblemDetail decorate(ProblemDetail problem, String code, List<FieldProblem> errors) {
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty("code", code);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }
}
