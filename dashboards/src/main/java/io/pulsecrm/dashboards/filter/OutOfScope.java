package io.pulsecrm.dashboards.filter;

/** A filter names a department or an employee the viewer may not see (or that does not exist): 403, nothing shown. */
public class OutOfScope extends RuntimeException {

    private final String parameter;

    public OutOfScope(String parameter, long id) {
        super(parameter + " " + id + " is outside the viewer's scope");
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
