package io.pulsecrm.dashboards.segment;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.board.DashboardFeed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/segments/stream}: server-sent events of the segment builder ({@code segment:view}, as the rest of
 * its API), on the dashboards' one feed: event {@code segments} (the list with member counts, in the widget shape
 * {@code {option, rows, updatedAt}}) whenever it changed, and the feed's {@code unavailable} / {@code unauthorized}.
 */
@RestController
class SegmentStreamController {

    private final DashboardFeed feed;

    SegmentStreamController(DashboardFeed feed) {
        this.feed = feed;
    }

    @GetMapping(path = "/api/v1/segments/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no"); // proxies must not buffer the stream
        return feed.subscribe(SegmentsWidget.BOARD, Viewer.SEGMENT_VIEW, viewer, locale);
    }
}
