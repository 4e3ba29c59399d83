package io.pulsecrm.warehouse.reconcile;

import io.pulsecrm.warehouse.ClickHouseConfig;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Where to look and how: PostgreSQL and ClickHouse from the services' own variables ({@code CRM_PG_*},
 * {@code CRM_CLICKHOUSE_*}); the zone whose months the figures use ({@code CRM_RECONCILE_ZONE} or {@code --zone},
 * Asia/Shanghai: the business's calendar, not the servers'); how long differences may take to disappear before they
 * are reported — the pipeline still carrying a change just committed ({@code --wait <seconds>}, 30).
 */
record ReconcileSettings(String pgUrl, String pgUser, String pgPassword, ClickHouseConfig clickHouse, ZoneId zone,
                         Duration catchUpWait) {

    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    /** @throws IllegalArgumentException naming the argument or variable that is wrong */
    static ReconcileSettings from(Map<String, String> env, String... args) {
        String zone = env.getOrDefault("CRM_RECONCILE_ZONE", DEFAULT_ZONE);
        Duration wait = DEFAULT_WAIT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length || !(arg.equals("--wait") || arg.equals("--zone"))) {
                throw new IllegalArgumentException("unknown argument " + arg + " (usage: reconcile [--wait <seconds>] [--zone <zone>])");
            }
            String value = args[++i];
            if (arg.equals("--wait")) {
                wait = seconds(value);
            } else {
                zone = value;
            }
        }
        return new ReconcileSettings(
                env.getOrDefault("CRM_PG_URL", "jdbc:postgresql://127.0.0.1:55432/crm"),
                env.getOrDefault("CRM_PG_USER", "crm"),
                env.getOrDefault("CRM_PG_PASSWORD", "crm"),
                ClickHouseConfig.fromEnv(env), zoneOf(zone), wait);
    }

    private static Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--wait: not a number of seconds (0 or more): " + value);
    }

    private static ZoneId zoneOf(String zone) {
        try {
            ZoneId id = ZoneId.of(zone);
            // both databases take region ids (Asia/Shanghai, UTC); a bare offset is not one they share
            if (id instanceof ZoneOffset) {
                throw new DateTimeException(zone);
            }
            return id;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone: not a region time zone id (e.g. Asia/Shanghai): " + zone);
        }
    }
}
