package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.config.DashboardsProperties;
import io.pulsecrm.dashboards.filter.FilterRequest;
import io.pulsecrm.dashboards.filter.OutOfScope;
import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.SinkProgress;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The one live feed behind {@code /api/v1/stream}. A single thread polls the sink's watermark per table while anyone
 * listens. When the organization or the sessions moved, it checks every stream's login again (ending the streams of
 * logins that ended, and of viewers whose roles no longer grant the permission the stream was opened with) and
 * resolves scopes and filters again; otherwise it reads again only the widgets whose tables
 * moved, once per distinct (scope, filters), and pushes each stream what changed for it (serialised once per language).
 * Clients never cause queries of their own.
 *
 * <p>Everything except the subscriber list is confined to that thread ({@link FeedThread}), which also serialises all
 * sends, so a stream never sees an older widget after a newer one.
 */
@Component
public class DashboardFeed extends FeedThread {

    static final String UNAVAILABLE_EVENT = "unavailable";
    static final String UNAUTHORIZED_EVENT = "unauthorized";
    static final String FORBIDDEN_EVENT = "forbidden";

    private static final Logger log = LoggerFactory.getLogger(DashboardFeed.class);

    private final Dashboard dashboard;
    private final FeedEvents events;
    private final List<FeedSubscriber> subscribers = new CopyOnWriteArrayList<>();

    // feed thread only
    private Map<String, SinkProgress.Watermark> marks;
    private final Map<FeedSubscriber.Key, Map<String, PublishedWidget>> published = new HashMap<>();
    private boolean unavailable;
    private long retryAtNanos;

    DashboardFeed(Dashboard dashboard, FeedEvents events, DashboardsProperties properties) {
        super(properties.live(), "dashboard-feed");
        this.dashboard = dashboard;
        this.events = events;
    }

    SseEmitter subscribe(Viewer viewer, FilterRequest filters, Locale locale) {
        return subscribe(Widgets.DASHBOARD, Viewer.DASHBOARD_VIEW, viewer, filters, locale);
    }

    /**
     * A stream of another page's board (its widgets, with the default filters), on this same feed.
     *
     * @param permission what opening the stream needed: a viewer whose roles no longer grant it loses the stream
     */
    public SseEmitter subscribe(String board, String permission, Viewer viewer, Locale locale) {
        return subscribe(board, permission, viewer, FilterRequest.DEFAULT, locale);
    }

    private SseEmitter subscribe(String board, String permission, Viewer viewer, FilterRequest filters, Locale locale) {
        var emitter = new SseEmitter(config.streamTimeout().toMillis());
        var subscriber = new FeedSubscriber(emitter, board, permission, locale, viewer, filters);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> {
            subscribers.remove(subscriber);
            emitter.complete(); // a normal end of stream; the browser's EventSource reconnects
        });
        emitter.onError(e -> subscribers.remove(subscriber));
        if (!execute(() -> greet(subscriber))) {
            emitter.complete();
        }
        return emitter;
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /**
     * A new stream gets the reconnect delay now, and its widgets with the next poll (its filters are resolved there).
     * It joins the feed only here, on the feed thread, so nothing (a ping, a widget) reaches it before this greeting.
     */
    private void greet(FeedSubscriber subscriber) {
        if (!send(subscriber, SseEmitter.event().reconnectTime(config.reconnectDelay().toMillis()).comment("connected"))) {
            return;
        }
        subscribers.add(subscriber);
        if (unavailable) {
            send(subscriber, events.unavailable(subscriber.locale));
        }
    }

    @Override
    void poll() {
        try {
            if (subscribers.isEmpty()) {
                // Nobody listens: no queries. Forget the last state so the next viewer gets a fresh one.
                marks = null;
                published.clear();
                unavailable = false;
                return;
            }
            endLoginsPast(Instant.now());
            if (unavailable && System.nanoTime() - retryAtNanos < 0) {
                return; // ClickHouse is down: ask again after a pause, not ten times a second
            }
            Map<String, SinkProgress.Watermark> latest = dashboard.watermarks();
            Set<String> moved = moved(marks, latest);
            if (marks == null || Widgets.SCOPE_TABLES.stream().anyMatch(moved::contains)) {
                recheckLogins();
                published.clear();
            } else {
                forgetWidgetsOf(moved);
                forgetFiltersOfYesterday(dashboard.filters().today());
            }
            marks = latest;
            resolveKeys();
            publish(latest);
            if (unavailable) {
                log.info("ClickHouse answers again; dashboard feed resumed");
                unavailable = false;
            }
        } catch (WarehouseUnavailable e) {
            marks = null;
            published.clear();
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
            marks = null;
            published.clear();
            log.error("Dashboard feed poll failed", e);
        }
    }

    private static Set<String> moved(Map<String, SinkProgress.Watermark> before, Map<String, SinkProgress.Watermark> now) {
        Set<String> tables = new HashSet<>(now.keySet());
        if (before != null) {
            tables.removeIf(table -> now.get(table).equals(before.get(table)));
        }
        return tables;
    }

    private void forgetWidgetsOf(Set<String> moved) {
        for (Widget<?> widget : dashboard.widgets().all()) {
            if (moved.stream().anyMatch(table -> Widgets.movesWith(widget, table))) {
                published.values().forEach(byWidget -> byWidget.remove(widget.id()));
            }
        }
    }

    /** "Today", "this week", … mean other days once the day changed: those streams' filters are resolved again. */
    private void forgetFiltersOfYesterday(LocalDate today) {
        subscribers.stream().filter(s -> s.key != null && !s.key.filters().resolvedOn().equals(today))
                .forEach(s -> s.key = null);
    }

    /** Tokens and sessions end by the clock too, without any row changing. */
    private void endLoginsPast(Instant now) {
        subscribers.stream().filter(s -> !s.viewer.validUntil().isAfter(now))
                .forEach(s -> end(s, "login expired", events.unauthorized(s.locale)));
    }

    private void recheckLogins() {
        Map<Viewer.Key, Optional<Viewer>> rechecked = new HashMap<>();
        for (FeedSubscriber s : subscribers) {
            var now = rechecked.computeIfAbsent(s.viewer.key(), k -> dashboard.recheck(s.viewer));
            if (now.isEmpty()) {
                end(s, "login ended", events.unauthorized(s.locale));
            } else if (!now.get().may(s.permission)) {
                // the roles changed under an open stream: it stops as a new request would be refused
                end(s, "no longer granted " + s.permission, events.permissionWithdrawn(s.permission, s.locale));
            } else {
                s.viewer = now.get();
                s.key = null;
            }
        }
    }

    private void resolveKeys() {
        List<FeedSubscriber> unresolved = subscribers.stream().filter(s -> s.key == null).toList();
        if (unresolved.isEmpty()) {
            return;
        }
        Map<Viewer.Key, ViewerScope> scopes = dashboard.scopesOf(unresolved.stream().map(s -> s.viewer).toList());
        Supplier<OrgDirectory> directory = dashboard.once();
        for (FeedSubscriber s : unresolved) {
            ViewerScope scope = scopes.get(s.viewer.key());
            try {
                s.key = new FeedSubscriber.Key(scope, dashboard.filters().resolve(s.request, scope, directory));
            } catch (OutOfScope e) {
                end(s, e.getMessage(), events.forbidden(s.locale));
            }
        }
    }

    private void publish(Map<String, SinkProgress.Watermark> latest) {
        Set<FeedSubscriber.Key> live = new HashSet<>();
        Supplier<OrgDirectory> directory = dashboard.once(); // read once for all, and only if a widget needs it
        for (FeedSubscriber s : subscribers) {
            if (s.key == null) {
                continue; // subscribed after the keys were resolved: next poll
            }
            live.add(s.key);
            Map<String, PublishedWidget> byWidget = published.computeIfAbsent(s.key, k -> new HashMap<>());
            var query = new WidgetQuery(s.key.scope(), s.key.filters(), directory);
            for (Widget<?> widget : dashboard.widgets().of(s.board)) {
                PublishedWidget current = byWidget.computeIfAbsent(widget.id(), id -> dashboard.read(widget, query, latest));
                if (s.shown.get(widget.id()) != current
                        && send(s, SseEmitter.event().name(widget.id()).data(current.json(s.locale)))) {
                    s.shown.put(widget.id(), current);
                }
            }
        }
        published.keySet().retainAll(live);
        log.debug("{} streams, {} distinct scopes and filters", subscribers.size(), published.size());
    }

    private void end(FeedSubscriber subscriber, String why, SseEmitter.SseEventBuilder event) {
        log.info("Ending the stream of user {}: {}", subscriber.viewer.userId(), why);
        send(subscriber, event);
        subscribers.remove(subscriber);
        subscriber.emitter.complete();
    }

    @Override
    void heartbeat() {
        subscribers.forEach(s -> send(s, SseEmitter.event().comment("ping")));
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
    void stopped() {
        // Ends the streams so a graceful shutdown need not wait for them; browsers reconnect.
        subscribers.forEach(s -> s.emitter.complete());
        subscribers.clear();
    }
}
