package io.pulsecrm.dashboards.access;

import io.pulsecrm.dashboards.config.DashboardsProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three doors. Static assets and health are public (no token is even looked at, so a stale cookie cannot break
 * them). The data ({@code /api/**}: charts and the stream) needs a token whose login ClickHouse confirms and the
 * {@code dashboard:view} permission; refusals are problems. Pages need a signed token, else the browser goes to
 * oltp-app's login. No HTTP session: every request is judged by its token.
 */
@Configuration(proxyBeanMethods = false)
class SecuritySetup {

    static final String[] PUBLIC = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
        "/actuator/health", "/actuator/health/**"};

    /** An unsafe method (not GET, HEAD, TRACE, OPTIONS) not authenticated by the Authorization header. */
    static final RequestMatcher COOKIE_AUTHENTICATED_CHANGE =
            request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && !TokenResolver.usesHeader(request);

    @Bean
    @Order(0)
    SecurityFilterChain publicAssets(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher(PUBLIC))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable()) // nothing here changes state
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain data(HttpSecurity http, JwtDecoder decoder, ViewerAccess access, MessageSource messages,
            LocaleResolver localeResolver, JsonMapper json, DashboardsProperties properties) throws Exception {
        var problems = new ApiProblems(messages, localeResolver, json, loginUrl(properties));
        return stateless(http.securityMatcher("/api/**"))
                .authorizeHttpRequests(a -> a
                        // the segment builder is the marketers': segment:view, whether or not they watch dashboards
                        .requestMatchers("/api/v1/segments", "/api/v1/segments/**")
                        .access((authentication, context) -> new AuthorizationDecision(
                                authentication.get().getPrincipal() instanceof Viewer viewer
                                        && viewer.may(Viewer.SEGMENT_VIEW)))
                        .anyRequest().hasAuthority(Viewer.DASHBOARD_VIEW))
                .oauth2ResourceServer(o -> o.bearerTokenResolver(new TokenResolver())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(TokenClaims.checked(access)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(SecuritySetup::cookieCsrf)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, JwtDecoder decoder, DashboardsProperties properties) throws Exception {
        var toLogin = new LoginRedirect(loginUrl(properties));
        return stateless(http)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.bearerTokenResolver(new TokenResolver())
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(TokenClaims.signedOnly()))
                        .authenticationEntryPoint(toLogin))
                .exceptionHandling(e -> e.authenticationEntryPoint(toLogin))
                .csrf(SecuritySetup::cookieCsrf)
                .addFilterAfter(new CsrfCookie(), CsrfFilter.class)
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(Customizer.withDefaults());
    }

    /**
     * Where the cookie authenticates, unsafe methods need the {@code XSRF-TOKEN} cookie's value in
     * {@code X-XSRF-TOKEN} (oltp-app's scheme: same names, and the value is whatever the browser holds, so the
     * two apps on one host never disturb each other). A request with an Authorization header carries no ambient
     * credential and is exempt.
     * <p>
     * Two of Spring Security's defaults break this and are replaced. (1) The resource server exempts from CSRF every
     * request its token resolver finds a token in, and ours finds the login cookie: every cookie-authenticated POST
     * went unchecked. So the filter's own matcher is set after the configurer built it. (2) Every request here
     * authenticates afresh (no session), and the default session strategy treats each one as a login and "rotates"
     * the token: it expired the {@code XSRF-TOKEN} cookie on every page and API answer. The cookie belongs to the
     * host, so this deleted oltp-app's token too, and the segment builder's save to oltp-app went out with an empty
     * header (403 {@code csrf}). There is no login here to rotate at; oltp-app's login sets the token.
     */
    private static void cookieCsrf(CsrfConfigurer<HttpSecurity> csrf) {
        csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setRequireCsrfProtectionMatcher(COOKIE_AUTHENTICATED_CHANGE);
                        return filter;
                    }
                });
    }

    private static String loginUrl(DashboardsProperties properties) {
        return properties.oltpUrl("/login");
    }
}
