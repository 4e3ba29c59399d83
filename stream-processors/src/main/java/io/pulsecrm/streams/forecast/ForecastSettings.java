package io.pulsecrm.streams.forecast;

import java.time.ZoneId;
import java.util.Map;

/**
 * The forecast's one setting, the zone its days and months are counted in (a won deal's close month, the snapshot's
 * day). It reaches the processors through the Streams configuration, which {@code AnalyticsStreams} fills from
 * {@code StreamProcessorsConfig} ({@code CRM_FORECAST_ZONE}), so the topology's shape does not depend on it.
 */
public final class ForecastSettings {

    /** The Streams configuration key of the zone (a region id such as Asia/Shanghai). */
    public static final String ZONE_CONFIG = "crm.forecast.zone";

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private ForecastSettings() {}

    static ZoneId zone(Map<String, Object> appConfigs) {
        Object zone = appConfigs.get(ZONE_CONFIG);
        return zone == null ? DEFAULT_ZONE : ZoneId.of(zone.toString());
    }
}
