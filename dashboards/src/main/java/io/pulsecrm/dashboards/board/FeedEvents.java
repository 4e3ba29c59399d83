package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.access.Viewer;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed's problem events, in the viewer's language: the warehouse is down, the login ended, or the filters now name
 * a department or employee outside the viewer's scope.
 */
@Component
class FeedEvents {

    private final MessageSource messages;
    private final JsonMapper json;

    FeedEvents(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    SseEmitter.SseEventBuilder unavailable(Locale locale) {
        return event(DashboardFeed.UNAVAILABLE_EVENT, HttpStatus.SERVICE_UNAVAILABLE, "warehouseUnavailable", locale);
    }

    SseEmitter.SseEventBuilder unauthorized(Locale locale) {
        return event(DashboardFeed.UNAUTHORIZED_EVENT, HttpStatus.UNAUTHORIZED, "unauthorized", locale);
    }

    SseEmitter.SseEventBuilder forbidden(Locale locale) {
        return event(DashboardFeed.FORBIDDEN_EVENT, HttpStatus.FORBIDDEN, "outOfScope", locale);
    }

    /** The viewer's roles no longer grant what the stream needs: the same problem a new request would get. */
    SseEmitter.SseEventBuilder permissionWithdrawn(String permission, Locale locale) {
        return event(DashboardFeed.FORBIDDEN_EVENT, HttpStatus.FORBIDDEN,
                Viewer.SEGMENT_VIEW.equals(permission) ? "forbiddenSegments" : "forbidden", locale);
    }

    private SseEmitter.SseEventBuilder event(String name, HttpStatus status, String key, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("problem." + key + ".detail", null, locale));
        problem.setTitle(messages.getMessage("problem." + key + ".title", null, locale));
        return SseEmitter.event().name(name).data(json.writeValueAsString(problem));
    }
}
