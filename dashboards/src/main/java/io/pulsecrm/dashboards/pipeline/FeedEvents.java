package io.pulsecrm.dashboards.pipeline;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/** The feed's problem events, in the viewer's language: the warehouse is down, or the login ended. */
@Component
class FeedEvents {

    private final MessageSource messages;
    private final JsonMapper json;

    FeedEvents(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    SseEmitter.SseEventBuilder unavailable(Locale locale) {
        return event(PipelineFeed.UNAVAILABLE_EVENT, HttpStatus.SERVICE_UNAVAILABLE, "warehouseUnavailable", locale);
    }

    SseEmitter.SseEventBuilder unauthorized(Locale locale) {
        return event(PipelineFeed.UNAUTHORIZED_EVENT, HttpStatus.UNAUTHORIZED, "unauthorized", locale);
    }

    private SseEmitter.SseEventBuilder event(String name, HttpStatus status, String key, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("problem." + key + ".detail", null, locale));
        problem.setTitle(messages.getMessage("problem." + key + ".title", null, locale));
        return SseEmitter.event().name(name).data(json.writeValueAsString(problem));
    }
}
