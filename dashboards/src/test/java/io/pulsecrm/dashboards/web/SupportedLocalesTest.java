package io.pulsecrm.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SupportedLocalesTest {

    private final SupportedLocales resolver = new SupportedLocales();

    @Test
    void chineseWhenTheRequestSaysNothing() {
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void englishForLangParameter() {
        assertThat(resolver.resolveLocale(request("en", null))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("en-US", null))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void englishForEnglishAcceptLanguage() {
        assertThat(resolver.resolveLocale(request(null, "en-US,en;q=0.9"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void langParameterWinsOverAcceptLanguage() {
        assertThat(resolver.resolveLocale(request("zh-CN", "en-US"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void unsupportedLanguagesFallBackToChinese() {
        assertThat(resolver.resolveLocale(request("fr", "de-DE"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(resolver.resolveLocale(request("<script>", null))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private static MockHttpServletRequest request(String lang, String acceptLanguage) {
        var request = new MockHttpServletRequest();
        if (lang != null) {
            request.setParameter("lang", lang);
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
            request.setPreferredLocales(java.util.Arrays.stream(acceptLanguage.split(","))
                    .map(tag -> Locale.forLanguageTag(tag.split(";")[0].strip())).toList());
        }
        return request;
    }
}
