package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.config.DashboardsProperties;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The one live feed behind {@code /api/v1/stream}. A single thread polls the sink's watermark while anyone listens.
 * When the organization or the sessions moved, it checks every stream's login again (ending the streams of logins
 * that ended) and resolves the scopes again; when the figures moved, it reads them once per distinct scope and
 * pushes each stream its scope's chart (rendered once per language). Clients never cause queries of their own.
 *
 * <p>Everything except the subscriber list is confined to that thread, which also serialises all sends, so a
 * stream never sees an older chart after a newer one.
 */
@Component
class PipelineFeed implements SmartLifecycle {

    static final String PIPELINE_EVENT = "pipeline";
    static final String UNAVAILABLE_EVENT = "unavailable";
    static final String UNAUTHORIZED_EVENT = "unauthorized";

    private static final Logger log = LoggerFactory.getLogger(PipelineFeed.class);

    private final PipelineCharts charts;
    private final FeedEvents events;
    private final DashboardsProperties.Live config;
    private final List<FeedSubscriber> subscribers = new CopyOnWriteArrayList<>();

    private volatile ScheduledExecutorService thread;

    // feed thread only
    private Watermark watermark;
    private final Map<ViewerScope, PublishedChart> charted = new HashMap<>();
    private boolean unavailable;
    private long retryAtNanos;

    PipelineFeed(PipelineCharts charts, FeedEvents events, DashboardsProperties properties) {
        this.charts = charts;
        this.events = events;
        this.config = properties.live();
    }

    SseEmitter subscribe(Viewer viewer, Locale locale) {
        var emitter = new SseEmitter(config.streamTimeout().toMillis());
        var subscriber = new FeedSubscriber(emitter, locale, viewer);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> {
            subscribers.remove(subscriber);
            emitter.complete(); // a normal end of stream; the browser's EventSource reconnects
        });
        emitter.onError(e -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        ScheduledExecutorService feed = thread;
        if (feed == null) {
            emitter.complete();
        } else {
            feed.execute(() -> greet(subscriber));
        }
        return emitter;
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /** A new stream gets the reconnect delay now, and its chart with the next poll (its scope is resolved there). */
    private void greet(FeedSubscriber subscriber) {
        if (send(subscriber, SseEmitter.event().reconnectTime(config.reconnectDelay().toMillis()).comment("connected"))
                && unavailable) {
            send(subscriber, events.unavailable(subscriber.locale));
        }
    }

    void poll() {
        try {
            if (subscribers.isEmpty()) {
                // Nobody listens: no queries. Forget the last state so the next viewer gets a fresh one.
                watermark = null;
                charted.clear();
                unavailable = false;
                return;
            }
            endLoginsPast(Instant.now());
            if (unavailable && System.nanoTime() - retryAtNanos < 0) {
                return; // ClickHouse is down: ask again after a pause, not ten times a second
            }
            Watermark latest = charts.watermark();
            if (watermark == null || !latest.scopeToken().equals(watermark.scopeToken())) {
                recheckLogins();
                charted.clear();
            } else if (!latest.token().equals(watermark.token())) {
                charted.clear();
            }
            watermark = latest;
            resolveScopes();
            publish(latest);
            if (unavailable) {
                log.info("ClickHouse answers again; pipeline feed resumed at watermark {}", latest.token());
                unavailable = false;
            }
        } catch (WarehouseUnavailable e) {
            watermark = null;
            charted.clear();
            retryAtNanos = System.nanoTime() + config.unavailableRetry().toNanos();
            if (!unavailable) {
                unavailable = true;
                log.warn("ClickHouse unavailable, telling {} streams: {}", subscribers.size(), e.getMessage());
                subscribers.forEach(s -> send(s, events.unavailable(s.locale)));
            }
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // Anything else must not cancel the scheduled poll (the streams would go silent for good);
            // the next poll starts from scratch.
            watermark = null;
            charted.clear();
            log.error("Pipeline feed poll failed", e);
        }
    }

    /** Tokens and sessions end by the clock too, without any row changing. */
    private void endLoginsPast(Instant now) {
        subscribers.stream().filter(s -> !s.viewer.validUntil().isAfter(now)).forEach(s -> end(s, "login expired"));
    }

    private void recheckLogins() {
        Map<Viewer.Key, Optional<Viewer>> rechecked = new HashMap<>();
        for (FeedSubscriber s : subscribers) {
            Viewer.Key key = s.viewer.key();
            if (!rechecked.containsKey(key)) {
                rechecked.put(key, charts.recheck(s.viewer));
            }
            Optional<Viewer> now = rechecked.get(key);
            if (now.isEmpty()) {
                end(s, "login ended");
            } else {
                s.viewer = now.get();
                s.scope = null;
            }
        }
    }

    private void resolveScopes() {
        List<FeedSubscriber> unresolved = subscribers.stream().filter(s -> s.scope == null).toList();
        if (!unresolved.isEmpty()) {
            Map<Viewer.Key, ViewerScope> scopes = charts.scopesOf(unresolved.stream().map(s -> s.viewer).toList());
            unresolved.forEach(s -> s.scope = scopes.get(s.viewer.key()));
        }
    }

    private void publish(Watermark latest) {
        for (FeedSubscriber s : subscribers) {
            if (s.scope == null) {
                continue; // subscribed after the scopes were resolved: next poll
            }
            PublishedChart chart = charted.get(s.scope);
            if (chart == null) {
                chart = new PublishedChart(charts.read(latest, s.scope), charts);
                charted.put(s.scope, chart);
            }
            if (chart != s.shown && send(s, SseEmitter.event().name(PIPELINE_EVENT).data(chart.json(s.locale)))) {
                s.shown = chart;
            }
        }
        log.debug("Watermark {}: {} streams, {} scopes", latest.token(), subscribers.size(), charted.size());
    }

    private void end(FeedSubscriber subscriber, String why) {
        log.info("Ending the stream of user {}: {}", subscriber.viewer.userId(), why);
        send(subscriber, events.unauthorized(subscriber.locale));
        subscribers.remove(subscriber);
        subscriber.emitter.complete();
    }

    void heartbeat() {
        try {
            subscribers.forEach(s -> send(s, SseEmitter.event().comment("ping")));
        } catch (RuntimeException e) {
            log.error("Pipeline feed heartbeat failed", e); // and keeps its schedule
        }
    }

    /** @return false when the client is gone; it is dropped then, and the container ends its request */
    private boolean send(FeedSubscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(subscriber);
            log.debug("Dropped a closed stream: {}", e.toString());
            return false;
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService feed = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "pipeline-feed");
            t.setDaemon(true);
            return t;
        });
        long poll = config.pollInterval().toMillis();
        feed.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
        long ping = config.heartbeatInterval().toMillis();
        feed.scheduleAtFixedRate(this::heartbeat, ping, ping, TimeUnit.MILLISECONDS);
        thread = feed;
        log.info("Pipeline feed started: watermark poll every {} ms while streams are open", poll);
    }

    @Override
    public void stop() {
        ScheduledExecutorService feed = thread;
        thread = null;
        if (feed != null) {
            feed.shutdownNow();
        }
        // Ends the streams so a graceful shutdown need not wait for them; browsers reconnect.
        subscribers.forEach(s -> s.emitter.complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
