package io.pulsecrm.oltp.pool;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs recycling and warnings all day, not once a night: a customer is recycled within
 * {@code crm.pool.recycle-interval} of becoming due. Every instance schedules it; the recycler's
 * advisory lock and the warnings' primary key keep them from doing anything twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "crm.pool.recycle-enabled", matchIfMissing = true)
class RecycleJob {

    private static final Logger log = LoggerFactory.getLogger(RecycleJob.class);

    private final Recycler recycler;
    private final PoolWarnings warnings;
    private final Clock clock;

    RecycleJob(Recycler recycler, PoolWarnings warnings, Clock clock) {
        this.recycler = recycler;
        this.warnings = warnings;
        this.clock = clock;
    }

    // the same keys as PoolProperties, which documents and validates them
    @Scheduled(fixedDelayString = "${crm.pool.recycle-interval:1m}",
            initialDelayString = "${crm.pool.recycle-initial-delay:1m}")
    void run() {
        try {
            recycler.recycle(clock.instant());
            warnings.warn(clock.instant());
        } catch (RuntimeException e) {
            // the next run tries again; nothing was half-done (each batch is its own transaction)
            log.error("Pool recycling run failed", e);
        }
    }
}
