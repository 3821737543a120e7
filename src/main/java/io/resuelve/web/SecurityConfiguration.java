package io.resuelve.web;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two filter chains. {@code /api/**} is stateless — HTTP Basic or a personal API token on every request, no
 * session cookie, hence no CSRF exposure. Everything else uses a session with form sign-in and CSRF tokens.
 * Every way of signing in goes through the same {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
// Not in the command-line pipe mode (--spring.main.web-application-type=none), which serves no requests.
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] PUBLIC = { "/", "/error", "/login", "/registro", "/registro/**", "/contrasena/**",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/buscar", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico" };

    /** The knowledge base is readable without an account; each page shows only what the visitor may read. */
    private static final String[] PUBLIC_KNOWLEDGE_BASE = { "/ayuda", "/ayuda/**" };

    /** Public articles are readable through the API without credentials too. */
    private static final String[] PUBLIC_KNOWLEDGE_BASE_API = { "/api/v1/articles", "/api/v1/articles/*" };

    private final LoginThrottle throttle;

    SecurityConfiguration(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * Search only reads, and answers visitors too (public articles): HTTP Basic or a token as for the rest of the
     * API, or the portal's signed-in session, so the pages' own suggestions see what the person may read. GET only,
     * so accepting the session cookie here opens no cross-site request forgery.
     */
    @Bean
    @Order(0)
    SecurityFilterChain searchApiChain(HttpSecurity http, ApiTokens tokens, ProblemWriter problems,
            AccountManagement accounts) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problems.write(request, response,
                HttpStatus.UNAUTHORIZED, "error.unauthorized");
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/search"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, throttle, problems),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new SignedInAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemWriter problems)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Resuelve\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
        };
        AccessDeniedHandler denied = (request, response, e) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, "error.forbidden");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, PUBLIC_KNOWLEDGE_BASE_API).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, throttle, problems),
                        BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AccountManagement accounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(PUBLIC_KNOWLEDGE_BASE).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/agente", "/agente/**").hasAnyRole("AGENT", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(new LandingPage()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'self'; "
                                + "base-uri 'self'; form-action 'self'")))
                .addFilterBefore(new LoginThrottleFilter(throttle, null), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignedInAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** Counts every failed password sign-in (form or Basic) against the client's IP and the e-mail tried. */
    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String ip = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        throttle.recordFailure(ip, event.getAuthentication().getName());
    }
}
