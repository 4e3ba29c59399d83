package io.pulsecrm.chdb;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the single chDB session currently has applied: its current database and the settings that differ
 * from the baseline. chDB has one shared session per connection, and ClickHouse's HTTP interface is
 * stateless per request, so before every statement the session is brought to exactly what that request
 * asked for; statements are issued only for what differs from the previous request, which keeps the
 * common case (same database, same settings) free.
 */
final class SessionState {

    /** Marks a setting whose value is unknown after a failed SET, so it is always re-applied or reset. */
    private static final String UNKNOWN = "\u0000unknown";

    private final Map<String, String> baseline;
    private final Map<String, String> applied = new HashMap<>();
    private String database;

    /**
     * @param baseline settings the server sets once after connecting (e.g. {@code implicit_select=0});
     *     resetting one of them restores this value rather than the engine default
     */
    SessionState(Map<String, String> baseline) {
        this.baseline = Map.copyOf(baseline);
    }

    String baselineStatement() {
        return baseline.isEmpty() ? null : setStatement(baseline, Map.of());
    }

    /** The {@code USE} to run before a statement for {@code wanted}, or null when already current. */
    String useStatement(String wanted) {
        return wanted.equals(database) ? null : "USE " + SqlText.quoteIdentifier(wanted);
    }

    void databaseIs(String current) {
        database = current;
    }

    /** The {@code SET} that turns the applied settings into {@code wanted}, or null when nothing differs. */
    String setStatement(Map<String, String> wanted) {
        Map<String, String> changes = new LinkedHashMap<>();
        wanted.forEach((name, value) -> {
            if (!value.equals(applied.get(name))) {
                changes.put(name, value);
            }
        });
        Map<String, String> resets = new LinkedHashMap<>();
        applied.keySet().stream().filter(name -> !wanted.containsKey(name)).forEach(name -> resets.put(name, null));
        return changes.isEmpty() && resets.isEmpty() ? null : setStatement(changes, resets);
    }

    void settingsAre(Map<String, String> wanted) {
        applied.clear();
        applied.putAll(wanted);
    }

    /** A failed SET may have applied part of its list: forget what those settings hold. */
    void settingsUnknown(Map<String, String> wanted) {
        wanted.keySet().forEach(name -> applied.put(name, UNKNOWN));
    }

    private String setStatement(Map<String, String> changes, Map<String, String> resets) {
        StringBuilder sql = new StringBuilder("SET ");
        changes.forEach((name, value) -> sql.append(name).append(" = ").append(SqlText.quoteString(value)).append(", "));
        resets.keySet().forEach(name -> {
            String base = baseline.get(name);
            sql.append(name).append(" = ").append(base == null ? "DEFAULT" : SqlText.quoteString(base)).append(", ");
        });
        sql.setLength(sql.length() - 2);
        return sql.toString();
    }
}
