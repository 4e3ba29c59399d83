package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.dashboards.filter.FilterRequest;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: whose it is, the filters its URL asked for and, once the feed resolved them, the scope and filters
 * its figures are read for. Created on the request thread; after that only the feed thread reads or changes it.
 */
final class FeedSubscriber {

    /** Streams with equal keys share every reading of the figures. */
    record Key(ViewerScope scope, DashboardFilters filters) {
    }

    final SseEmitter emitter;
    /** The page it serves: only that board's widgets are sent to it. */
    final String board;
    /** The permission the stream was opened with, checked again whenever the organization changed. */
    final String permission;
    final Locale locale;
    final FilterRequest request;
    /** The viewer as last verified: at subscription, then again whenever the organization changed. */
    Viewer viewer;
    /** Null until resolved, and again after the organization changed or the day did. */
    Key key;
    /** Per widget, what this stream was sent last, so an unchanged widget is not sent twice. */
    final Map<String, PublishedWidget> shown = new HashMap<>();

    FeedSubscriber(SseEmitter emitter, String board, String permission, Locale locale, Viewer viewer,
            FilterRequest request) {
        this.emitter = emitter;
        this.board = board;
        this.permission = permission;
        this.locale = locale;
        this.viewer = viewer;
        this.request = request;
    }
}
