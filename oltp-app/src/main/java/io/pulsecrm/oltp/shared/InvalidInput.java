package io.pulsecrm.oltp.shared;

import java.util.List;

/** Input the domain cannot accept (a value out of range, a reference to nothing): HTTP 400. */
public abstract non-sealed class InvalidInput extends DomainException {

    protected InvalidInput(String message, List<FieldProblem> problems) {
        super(message, problems);
    }

    protected InvalidInput(List<FieldProblem> problems) {
        this(describe(problems), problems);
    }

    protected InvalidInput(String field, String message) {
        this(message, List.of(new FieldProblem(field, message)));
    }

    /** The summary every 400 answer carries, whichever layer found the problems. */
    public static String describe(List<FieldProblem> problems) {
        return problems.size() == 1 ? "1 invalid field" : problems.size() + " invalid fields";
    }
}
