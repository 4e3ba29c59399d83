package io.pulsecrm.oltp.pool;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.pool.*}: how the recycler runs.
 *
 * @param recycleEnabled       false: this instance never runs the job (another one does, or tests drive it)
 * @param recycleInterval      pause between the end of one run and the start of the next
 * @param recycleInitialDelay  pause after start-up before the first run
 * @param batchSize            customers recycled per transaction (row locks are held that long)
 */
@ConfigurationProperties("crm.pool")
public record PoolProperties(
        @DefaultValue("true") boolean recycleEnabled,
        @DefaultValue("1m") Duration recycleInterval,
        @DefaultValue("1m") Duration recycleInitialDelay,
        @DefaultValue("1000") int batchSize) {
}
