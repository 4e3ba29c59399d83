package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.util.Locale;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: whose it is and, once the feed resolved it, the scope its figures are read for. Created on the
 * request thread; after that only the feed thread reads or changes it.
 */
final class FeedSubscriber {

    final SseEmitter emitter;
    final Locale locale;
    /** The viewer as last verified: at subscription, then again whenever the organization changed. */
    Viewer viewer;
    /** Null until resolved, and again after the organization changed. */
    ViewerScope scope;
    /** The chart this stream was sent last, so an unchanged chart is not sent twice. */
    PublishedChart shown;

    FeedSubscriber(SseEmitter emitter, Locale locale, Viewer viewer) {
        this.emitter = emitter;
        this.locale = locale;
        this.viewer = viewer;
    }
}
