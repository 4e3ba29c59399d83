package io.pulsecrm.oltp.pool;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs recycling and warnings all day, not once a night: a customer is recycled within
 * {@code crm.pool.recycle-interval} of becoming due. Every instance schedules it; the recycler's
 * advisory lock and the warnings' primary key keep them from doing anything twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "crm.pool.recycle-enabled", matchIfMissing = true)
class RecycleJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RecycleJob.class);

    private final Recycler recycler;
    private final PoolWarnings warnings;
    private final PoolProperties properties;
    private final Clock clock;

    RecycleJob(Recycler recycler, PoolWarnings warnings, PoolProperties properties, Clock clock) {
        this.recycler = recycler;
        this.warnings = warnings;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::run, properties.recycleInterval(),
                properties.recycleInitialDelay()));
    }

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
