package io.pulsecrm.oltp.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class BearerTokensTest {

    private final BearerTokens tokens = new BearerTokens();

    @Test
    void theTokenOfABearerHeaderIsTakenWhateverTheSchemesCase() {
        assertThat(tokens.resolve(header("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI3In0.c2ln-_~+/=="))).isEqualTo(
                "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI3In0.c2ln-_~+/==");
        assertThat(tokens.resolve(header("bearer abc.def.ghi"))).isEqualTo("abc.def.ghi");
    }

    @Test
    void noHeaderOrAnotherSchemeIsNoBearerToken() {
        assertThat(tokens.resolve(new MockHttpServletRequest())).isNull();
        assertThat(tokens.resolve(header("Basic dXNlcjpwYXNz"))).isNull();
    }

    @Test
    void aMalformedBearerTokenIsRefused() {
        for (String bad : new String[] {"Bearer ", "Bearer ===", "Bearer abc def", "Bearer abc\"def", "Bearer 令牌", "Bearer a=b"}) {
            assertThatThrownBy(() -> tokens.resolve(header(bad))).as(bad).isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    private static MockHttpServletRequest header(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", value);
        return request;
    }
}
