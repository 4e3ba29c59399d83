package io.pulsecrm.dashboards.board;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * One widget's figures read once for one scope, filters and watermark, shared by every stream that shows them and
 * serialised once per language. Compared by identity: a stream is sent a widget again only when it was read again.
 */
final class PublishedWidget {

    private final Function<Locale, WidgetView> views;
    private final JsonMapper json;
    private final Map<Locale, String> serialised = new HashMap<>();

    PublishedWidget(Function<Locale, WidgetView> views, JsonMapper json) {
        this.views = views;
        this.json = json;
    }

    WidgetView view(Locale locale) {
        return views.apply(locale);
    }

    String json(Locale locale) {
        return serialised.computeIfAbsent(locale, l -> json.writeValueAsString(view(l)));
    }
}
