package io.pulsecrm.dashboards.access;

import io.pulsecrm.dashboards.config.DashboardsProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
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
     */
    private static void cookieCsrf(CsrfConfigurer<HttpSecurity> csrf) {
        csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                .ignoringRequestMatchers(TokenResolver::usesHeader);
    }

    private static String loginUrl(DashboardsProperties properties) {
        return properties.oltpUrl("/login");
    }
}
