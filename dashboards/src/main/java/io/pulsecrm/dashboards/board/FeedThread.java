package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.config.DashboardsProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** The feed's one thread: a watermark poll on a fixed delay and heartbeats at a fixed rate, started with the app. */
abstract class FeedThread implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedThread.class);

    final DashboardsProperties.Live config;
    private final String name;
    private volatile ScheduledExecutorService thread;

    FeedThread(DashboardsProperties.Live config, String name) {
        this.config = config;
        this.name = name;
    }

    abstract void poll();

    abstract void heartbeat();

    /** Streams end when the feed stops. */
    abstract void stopped();

    /** Runs the task on the feed thread; false when the feed is not running. */
    boolean execute(Runnable task) {
        ScheduledExecutorService feed = thread;
        if (feed == null) {
            return false;
        }
        feed.execute(task);
        return true;
    }

    @Override
    public void start() {
        ScheduledExecutorService feed = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long poll = config.pollInterval().toMillis();
        feed.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
        long ping = config.heartbeatInterval().toMillis();
        feed.scheduleAtFixedRate(() -> {
            try {
                heartbeat();
            } catch (RuntimeException e) {
                log.error("{} heartbeat failed", name, e); // and keeps its schedule
            }
        }, ping, ping, TimeUnit.MILLISECONDS);
        thread = feed;
        log.info("{} started: watermark poll every {} ms while streams are open", name, poll);
    }

    @Override
    public void stop() {
        ScheduledExecutorService feed = thread;
        thread = null;
        if (feed != null) {
            feed.shutdownNow();
        }
        stopped();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
