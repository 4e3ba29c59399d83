package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.dashboards.access.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events: {@code pipeline} (same JSON as the chart API, for the viewer's scope), {@code unavailable}
 * and {@code unauthorized} (problems; the latter ends the stream once the login ended).
 */
@RestController
class PipelineStreamController {

    private final PipelineFeed feed;

    PipelineStreamController(PipelineFeed feed) {
        this.feed = feed;
    }

    @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no"); // proxies must not buffer the stream
        return feed.subscribe(viewer, locale);
    }
}
