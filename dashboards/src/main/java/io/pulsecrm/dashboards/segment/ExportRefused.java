package io.pulsecrm.dashboards.segment;

/** The viewer may see the segment but their roles do not grant the permission a download needs (403 naming it). */
public class ExportRefused extends RuntimeException {

    private final String permission;

    ExportRefused(String permission) {
        super("the roles do not grant " + permission);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
