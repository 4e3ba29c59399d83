package io.pulsecrm.oltp.org;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page request for the user list: free text over username, name, email and phone, optional
 * department and enabled filters, and a sort from a fixed list (only those column names reach SQL).
 */
public record UserQuery(String q, Long departmentId, Boolean enabled, int page, int size, String sortProperty,
                        boolean descending) {

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "u.id", "username", "lower(u.username)", "displayName", "u.display_name",
            "createdAt", "u.created_at", "updatedAt", "u.updated_at");
    public static final List<String> SORT_PROPERTIES = List.of("displayName", "username", "createdAt", "updatedAt", "id");

    /** Parses {@code property[,asc|desc]}; null means displayName ascending. */
    public static UserQuery of(String q, Long departmentId, Boolean enabled, int page, int size, String sort) {
        String property = "displayName";
        boolean descending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            property = parts[0].strip();
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (!SORTABLE.containsKey(property) || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                throw InvalidOrgInput.of("sort", "must be one of %s, optionally followed by ,asc or ,desc"
                        .formatted(SORT_PROPERTIES));
            }
            descending = direction.equals("desc");
        }
        return new UserQuery(q == null || q.isBlank() ? null : q.strip(), departmentId, enabled, page, size, property,
                descending);
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        return SORTABLE.get(sortProperty) + direction + ", u.id" + direction;
    }
}
