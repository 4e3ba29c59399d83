package io.pulsecrm.oltp.identity.web;

import io.pulsecrm.oltp.identity.IdentityProperties;
import io.pulsecrm.oltp.identity.TokenAuthentication;
import io.pulsecrm.oltp.identity.Tokens;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Who may call what. Stateless: every request carries the signed token, in the
 * {@code Authorization: Bearer} header (API clients, the resource server) or the
 * {@code PULSE_TOKEN} cookie (browsers, {@link CookieTokenFilter}).
 * Cookie-authenticated unsafe requests need the CSRF token (cookie {@code XSRF-TOKEN}, header
 * {@code X-XSRF-TOKEN}); header-authenticated ones cannot be forged by another site and skip it.
 */
@Configuration
@EnableConfigurationProperties({IdentityProperties.class, DashboardsCors.class})
class SecurityConfiguration {

    static final String[] PUBLIC = {"/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
            "/.well-known/jwks.json", "/actuator/health/**", "/api/v1/auth/login", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html"};

    /**
     * No observation of the filter chain, authentication or authorization: nothing here records or exports
     * them (only health is exposed), and wrapping each of the chain's filters in one cost oltp-app about a
     * twentieth of its CPU per request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    /** The browser's CSRF token in the {@code XSRF-TOKEN} cookie; the login endpoint issues a fresh one. */
    @Bean
    CsrfTokenRepository csrfTokens() {
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, Tokens tokens, TokenAuthentication authentication,
            ProblemEntryPoint problems, DashboardsCors dashboards, CsrfTokenRepository csrfTokens) throws Exception {
        http.cors(cors -> cors.configurationSource(dashboards.source()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new BearerTokens())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(authentication::authenticate)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new BrowserCsrfTokens())
                        // every request authenticates afresh (no session): the default strategy took each one for a
                        // login and replaced the token, so a page's header could lag the cookie a parallel call had
                        // just replaced, and the dashboards' page (same host, same cookie) raced every oltp-app call;
                        // the token is replaced at login and cleared at logout instead (AuthController)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        .ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null)
                        .ignoringRequestMatchers("/api/v1/auth/login"))
                .addFilterAfter(new CookieTokenFilter(tokens, authentication, PUBLIC), CsrfFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'")))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
