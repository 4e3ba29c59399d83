package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.dashboards.config.DashboardsProperties;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The one live feed behind {@code /api/v1/stream}. A single thread polls the sink's watermark while
 * anyone listens and, only when it moved, reads the figures once and pushes the chart to every
 * stream (rendered once per language). Clients never cause queries of their own.
 *
 * <p>Everything except the subscriber list is confined to that thread, which also serialises all
 * sends, so a stream never sees an older chart after a newer one.
 */
@Component
class PipelineFeed implements SmartLifecycle {

    static final String PIPELINE_EVENT = "pipeline";
    static final String UNAVAILABLE_EVENT = "unavailable";

    private static final Logger log = LoggerFactory.getLogger(PipelineFeed.class);

    private final PipelineCharts charts;
    private final MessageSource messages;
    private final DashboardsProperties.Live config;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    private volatile ScheduledExecutorService thread;

    // feed thread only
    private Published published;
    private boolean unavailable;
    private long retryAtNanos;

    PipelineFeed(PipelineCharts charts, MessageSource messages, DashboardsProperties properties) {
        this.charts = charts;
        this.messages = messages;
        this.config = properties.live();
    }

    SseEmitter subscribe(Locale locale) {
        var emitter = new SseEmitter(config.streamTimeout().toMillis());
        var subscriber = new Subscriber(emitter, locale);
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

    /** A new stream gets the reconnect delay and the state everyone else already has. */
    private void greet(Subscriber subscriber) {
        var hello = SseEmitter.event().reconnectTime(config.reconnectDelay().toMillis()).comment("connected");
        if (!send(subscriber, hello)) {
            return;
        }
        if (unavailable) {
            send(subscriber, unavailableEvent(subscriber.locale()));
        } else if (published != null) {
            send(subscriber, pipelineEvent(published, subscriber.locale()));
        } // else: the next poll publishes to everyone, this stream included
    }

    void poll() {
        try {
            if (subscribers.isEmpty()) {
                // Nobody listens: no queries. Forget the last state so the next viewer gets a fresh one.
                published = null;
                unavailable = false;
                return;
            }
            if (unavailable && System.nanoTime() - retryAtNanos < 0) {
                return; // ClickHouse is down: ask again after a pause, not ten times a second
            }
            Watermark watermark = charts.watermark();
            if (published != null && watermark.equals(published.snapshot().watermark())) {
                return;
            }
            published = new Published(charts.read(watermark));
            if (unavailable) {
                log.info("ClickHouse answers again; pipeline feed resumed at watermark {}", watermark.token());
                unavailable = false;
            }
            log.debug("Watermark {}: pushing the pipeline to {} streams", watermark.token(), subscribers.size());
            subscribers.forEach(s -> send(s, pipelineEvent(published, s.locale())));
        } catch (WarehouseUnavailable e) {
            published = null;
            retryAtNanos = System.nanoTime() + config.unavailableRetry().toNanos();
            if (!unavailable) {
                unavailable = true;
                log.warn("ClickHouse unavailable, telling {} streams: {}", subscribers.size(), e.getMessage());
                subscribers.forEach(s -> send(s, unavailableEvent(s.locale())));
            }
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // Anything else must not cancel the scheduled poll (the streams would go silent for good);
            // the next poll starts from scratch.
            published = null;
            log.error("Pipeline feed poll failed", e);
        }
    }

    void heartbeat() {
        try {
            subscribers.forEach(s -> send(s, SseEmitter.event().comment("ping")));
        } catch (RuntimeException e) {
            log.error("Pipeline feed heartbeat failed", e); // and keeps its schedule
        }
    }

    private SseEmitter.SseEventBuilder pipelineEvent(Published published, Locale locale) {
        return SseEmitter.event().name(PIPELINE_EVENT).data(published.json(locale));
    }

    private SseEmitter.SseEventBuilder unavailableEvent(Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("problem.warehouseUnavailable.detail", null, locale));
        problem.setTitle(messages.getMessage("problem.warehouseUnavailable.title", null, locale));
        return SseEmitter.event().name(UNAVAILABLE_EVENT).data(charts.toJson(problem));
    }

    /** @return false when the client is gone; it is dropped then, and the container ends its request */
    private boolean send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
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
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private record Subscriber(SseEmitter emitter, Locale locale) {
    }

    /** One snapshot, serialised at most once per language. */
    private final class Published {
        private final PipelineSnapshot snapshot;
        private final Map<Locale, String> json = new HashMap<>();

        Published(PipelineSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        PipelineSnapshot snapshot() {
            return snapshot;
        }

        String json(Locale locale) {
            return json.computeIfAbsent(locale, l -> charts.toJson(charts.view(snapshot, l)));
        }
    }
}
