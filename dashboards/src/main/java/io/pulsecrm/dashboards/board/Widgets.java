package io.pulsecrm.dashboards.board;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Every registered widget, in the order the page shows them (Spring's bean order). */
@Component
public class Widgets {

    /** New rows here may change who may see what: logins, roles, grants and the organization. */
    static final List<String> SCOPE_TABLES = List.of("org_user_session", "org_user", "org_department", "org_role",
            "org_user_role", "org_role_scope_department", "org_role_permission");

    private final List<Widget<?>> all;

    Widgets(List<Widget<?>> all) {
        this.all = List.copyOf(all);
    }

    /** The board of the managers' dashboard: what its API and its streams show. */
    public static final String DASHBOARD = "dashboard";

    public List<Widget<?>> all() {
        return all;
    }

    /** The widgets one page shows (see {@link Widget#board()}). */
    public List<Widget<?>> of(String board) {
        return all.stream().filter(w -> w.board().equals(board)).toList();
    }

    public Optional<Widget<?>> byId(String id) {
        return all.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** Whether new rows in {@code table} change the widget's figures. */
    static boolean movesWith(Widget<?> widget, String table) {
        return Stream.concat(widget.sourceTables().stream(), widget.visibilityTables().stream()).anyMatch(table::equals);
    }
}
