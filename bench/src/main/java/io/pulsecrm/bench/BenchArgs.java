package io.pulsecrm.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --name value} and {@code --flag} options; a value names its option when it is missing or malformed, and
 * {@link #refuseUnread} an option the benchmark does not know.
 *
 * @param read the names a benchmark's settings asked for so far
 */
record BenchArgs(Map<String, String> values, Set<String> read) {

    static BenchArgs parse(String[] argv) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("--") || a.length() < 3) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            String name = a.substring(2);
            boolean hasValue = i + 1 < argv.length && !argv[i + 1].startsWith("--");
            values.put(name, hasValue ? argv[++i] : "true");
        }
        return new BenchArgs(values, new HashSet<>());
    }

    /**
     * Refuses the options that {@code benchmark}'s settings did not read (call it once they are read): a misspelt or
     * foreign option would otherwise be ignored, and the run would take its default, which for some is an hour's work.
     */
    void refuseUnread(String benchmark) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option" + (unknown.size() == 1 ? "" : "s") + " for "
                    + benchmark + ": --" + String.join(", --", unknown) + " (its options: --"
                    + String.join(", --", new TreeSet<>(read)) + "; ./crm bench --help)");
        }
    }

    /** The variable the services read, or {@code fallback} when it is unset or blank. */
    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** PostgreSQL as the services reach it: {@code --pg}, else {@code CRM_PG_URL}; {@code CRM_PG_USER}/{@code _PASSWORD}. */
    record Pg(String url, String user, String password) {
    }

    Pg pg() {
        return new Pg(text("pg", env("CRM_PG_URL", "jdbc:postgresql://127.0.0.1:55432/crm")), env("CRM_PG_USER", "crm"),
                env("CRM_PG_PASSWORD", "crm"));
    }

    /** ClickHouse as the services reach it: {@code --clickhouse}, {@code --database}, else {@code CRM_CLICKHOUSE_*}. */
    record ClickHouse(String url, String database, String user, String password) {
    }

    ClickHouse clickhouse() {
        return new ClickHouse(text("clickhouse", env("CRM_CLICKHOUSE_URL", "jdbc:clickhouse:http://127.0.0.1:58123")),
                text("database", env("CRM_CLICKHOUSE_DATABASE", "crm")), env("CRM_CLICKHOUSE_USER", "default"),
                env("CRM_CLICKHOUSE_PASSWORD", ""));
    }

    String text(String name, String fallback) {
        read.add(name);
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return number(name, fallback, 1, "a positive whole number");
    }

    /** Like {@link #integer} but 0 is allowed: a count of something that may be skipped. */
    int count(String name, int fallback) {
        return number(name, fallback, 0, "a whole number, 0 or more");
    }

    private int number(String name, int fallback, int least, String what) {
        read.add(name);
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < least) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be " + what + ", got: " + v);
        }
    }

    /**
     * {@code --name a,b}: the names given, each one of {@code allowed} (case ignored, kept in {@code allowed}'s
     * spelling and order); {@code null} when the option is absent.
     */
    List<String> someOf(String name, List<String> allowed) {
        String v = text(name, null);
        if (v == null) {
            return null;
        }
        List<String> chosen = new ArrayList<>();
        for (String part : v.split(",")) {
            String given = part.strip();
            String known = allowed.stream().filter(given::equalsIgnoreCase).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("--" + name + " takes " + String.join(", ", allowed)
                            + " (comma-separated), got: " + v));
            if (!chosen.contains(known)) {
                chosen.add(known);
            }
        }
        chosen.sort(Comparator.comparingInt(allowed::indexOf));
        return chosen;
    }

    boolean flag(String name) {
        read.add(name);
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }
}
