package com.opsledger.infra.security;

import com.opsledger.infra.axon.ProcessingGroups;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.useraccount.UserLoggedInEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.command.useraccount.PasswordHasher;
import jakarta.servlet.DispatcherType;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Every request needs a valid access token except sign-in, refresh and the health probe (which then shows its
 * status only). Which endpoint needs which permission is declared on the endpoint itself (see
 * {@link PermissionInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** The processing group of the users, roles and sessions tables that the session check reads. */
    static final String ACCESS_PROJECTION = "access-postgres";

    /** The operations dashboard's static files, open to anyone: every figure on it is read with an access token. */
    static final String[] DASHBOARD_PAGE = {"/", "/index.html", "/dashboard/**", "/webjars/echarts/**",
        "/favicon.ico"};

    /**
     * The API document and Swagger UI, open to anyone so that a person can read them and sign in with Authorize; they
     * describe the API, which still needs a token. Switched off in production by {@code opsledger.api-docs.enabled}.
     */
    /** Sign-in and refresh, which are sent without an access token (POST). */
    static final String[] SIGN_IN = {"/api/v1/auth/login", "/api/v1/auth/refresh"};

    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    SigningKeys signingKeys(SecuritySettings settings, @Value("${opsledger.data-dir:./data}") String dataDirectory) {
        return SigningKeys.load(settings.jwt(), Path.of(dataDirectory));
    }

    @Bean
    AccessTokens accessTokens(SecuritySettings settings, SigningKeys keys, Clock clock) {
        return new AccessTokens(settings.jwt(), keys, clock);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CallerDirectory callerDirectory(JdbcTemplate jdbc, Clock clock, SecuritySettings settings) {
        return new CallerDirectory(jdbc, clock, settings.totp().requiredForAdmin(),
                settings.sessionCheck().cacheTime(), settings.sessionCheck().cacheSize(), System::nanoTime);
    }

    /**
     * Every event the access projection ({@code access-postgres}: users, roles, sessions) handles in this process is a
     * change to the session check, from its handling until its batch has committed (or rolled back), so a request
     * after a sign-out, revocation or disabling that this process projected never gets a remembered answer.
     */
    @Bean
    ConfigurerModule accessEventsEndRememberedSessionChecks(CallerDirectory callers) {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(
                ProcessingGroups.processorOf(ACCESS_PROJECTION),
                config -> (unitOfWork, chain) -> {
                    if (changesAccess(unitOfWork.getMessage().getPayloadType())) {
                        callers.changeBegins();
                        unitOfWork.onCleanup(done -> callers.changeEnds());
                    }
                    return chain.proceed();
                });
    }

    /** The events of the access projection: users, roles and sessions, and the erasure of a person. */
    private static boolean changesAccess(Class<?> payloadType) {
        return payloadType.getPackageName().equals(UserLoggedInEvent.class.getPackageName())
                || payloadType == DataSubjectErasedEvent.class;
    }

    @Bean
    RateLimiter rateLimiter() {
        return new RateLimiter(System::nanoTime);
    }

    @Bean
    PasswordHasher passwordHasher() {
        return new BcryptPasswordHasher();
    }

    @Bean
    SignInBackoff signInBackoff(JdbcTemplate jdbc, SecuritySettings settings, Clock clock) {
        return new SignInBackoff(jdbc, settings.backoff(), clock);
    }

    /**
     * Boot's switch only makes the observations of {@code spring.security.*} no-ops; without this, Spring Security
     * still wraps every filter of the chain, the authentication and the authorization for them on every request.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, CallerDirectory callers, RateLimiter limiter,
                            SecuritySettings settings, ObjectMapper json) throws Exception {
        ProblemWriter problems = new ProblemWriter(json);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, SIGN_IN).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .requestMatchers("/actuator/prometheus").access(SecurityConfiguration::mayReadMetrics)
                        .requestMatchers(HttpMethod.GET, DASHBOARD_PAGE).permitAll()
                        .requestMatchers(HttpMethod.GET, API_DOCS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(token ->
                                callers.find(token.getSubject(), token.getClaimAsString(AccessTokens.SESSION_CLAIM))
                                        .map(caller -> new CallerAuthentication(caller, token))
                                        .orElseThrow(() -> new InvalidBearerTokenException(
                                                "the session of this token has ended"))))
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                AccessProblem.unauthenticated("unauthenticated", message(e)),
                                request.getRequestURI()))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                new AccessProblem(HttpStatus.FORBIDDEN, "forbidden", "not allowed"),
                                request.getRequestURI())))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                AccessProblem.unauthenticated("unauthenticated",
                                        "a valid access token is required (Authorization: Bearer ...)"),
                                request.getRequestURI()))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                new AccessProblem(HttpStatus.FORBIDDEN, "forbidden", "not allowed"),
                                request.getRequestURI())))
                .addFilterBefore(new AccessChangeFilter(callers), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(limiter, settings.rateLimit(), problems),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** Metrics need {@code metrics:read}: the administrator's, or that of a role given to a scraper's account. */
    static final String METRICS_READ = "metrics:read";

    private static AuthorizationDecision mayReadMetrics(Supplier<Authentication> authentication,
                                                        RequestAuthorizationContext context) {
        return new AuthorizationDecision(authentication.get() instanceof CallerAuthentication caller
                && caller.getPrincipal().has(METRICS_READ));
    }

    private static String message(Exception e) {
        return e instanceof InvalidBearerTokenException ? "the access token is not valid: " + e.getMessage()
                : "a valid access token is required (Authorization: Bearer ...)";
    }
}
