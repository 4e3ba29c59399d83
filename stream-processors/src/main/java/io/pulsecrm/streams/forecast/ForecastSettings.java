package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.ZoneSetting;
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

    private ForecastSettings() {}

    static ZoneId zone(Map<String, Object> appConfigs) {
        return ZoneSetting.from(appConfigs, ZONE_CONFIG);
    }
}
