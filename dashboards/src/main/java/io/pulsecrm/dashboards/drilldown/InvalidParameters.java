package io.pulsecrm.dashboards.drilldown;

import java.util.List;
import java.util.stream.Collectors;

/** Request parameters the API refuses (400), each named with why. */
public class InvalidParameters extends RuntimeException {

    /**
     * One bad parameter.
     *
     * @param reason the message key under {@code problem.parameter.*}, translated where the answer is written
     * @param args   the message's arguments
     */
    public record Problem(String parameter, String reason, String... args) {
    }

    private final transient List<Problem> problems;

    public InvalidParameters(List<Problem> problems) {
        super(problems.stream().map(p -> p.parameter() + " " + p.reason()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
