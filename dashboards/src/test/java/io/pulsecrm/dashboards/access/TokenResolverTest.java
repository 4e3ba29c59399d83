package io.pulsecrm.dashboards.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class TokenResolverTest {

    private final TokenResolver resolver = new TokenResolver();

    @Test
    void bearerHeaderIsTheToken() {
        var request = new MockHttpServletRequest();
        request.addHeader("Authorization", "Bearer abc.def.ghi");

        assertThat(resolver.resolve(request)).isEqualTo("abc.def.ghi");
    }

    @Test
    void withoutHeaderTheLoginCookieIsTheToken() {
        var request = new MockHttpServletRequest();
        request.setCookies(new Cookie("XSRF-TOKEN", "x"), new Cookie("PULSE_TOKEN", "abc.def.ghi"));

        assertThat(resolver.resolve(request)).isEqualTo("abc.def.ghi");
    }

    @Test
    void headerWinsOverTheCookie() {
        var request = new MockHttpServletRequest();
        request.addHeader("Authorization", "Bearer from.header.x");
        request.setCookies(new Cookie("PULSE_TOKEN", "from.cookie.y"));

        assertThat(resolver.resolve(request)).isEqualTo("from.header.x");
        assertThat(TokenResolver.usesHeader(request)).isTrue();
    }

    @Test
    void noHeaderAndNoCookieIsNoToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
    }
}
