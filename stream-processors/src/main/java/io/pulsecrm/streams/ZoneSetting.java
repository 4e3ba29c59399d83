package io.pulsecrm.streams;

import java.time.ZoneId;
import java.util.Map;

/**
 * A zone the analytics count days and months in, handed to the processors through the Streams configuration (so a
 * topology's shape does not depend on it): the segmentation's and the forecast's each have a key of their own, one
 * default, and one way of reading it.
 */
public final class ZoneSetting {

    /** The zone of the demo company and of {@code ./crm reconcile}'s default. */
    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private ZoneSetting() {}

    /** The zone under {@code key} in the Streams configuration (a region id), or {@link #DEFAULT}. */
    public static ZoneId from(Map<String, Object> appConfigs, String key) {
        Object zone = appConfigs.get(key);
        return zone == null ? DEFAULT : ZoneId.of(zone.toString());
    }
}
