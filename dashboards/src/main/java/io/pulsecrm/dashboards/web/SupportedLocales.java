package io.pulsecrm.dashboards.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * zh-CN unless the request asks for English: {@code ?lang=en} first, then Accept-Language. Stateless
 * (no session, no cookie), so the page, the API and the stream resolve the same way.
 */
final class SupportedLocales extends AcceptHeaderLocaleResolver {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    SupportedLocales() {
        setSupportedLocales(SUPPORTED);
        setDefaultLocale(CHINESE);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            String language = Locale.forLanguageTag(lang.strip()).getLanguage();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return super.resolveLocale(request);
    }
}
