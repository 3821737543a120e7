package io.resuelve.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection.
 *
 * @param loginMaxFailures    failed sign-ins tolerated per IP and per e-mail within the window; one more is 429
 * @param loginFailureWindow  how long a failure counts
 * @param formMaxAttempts     sign-up and password-reset requests allowed per IP and per e-mail within the window
 * @param formWindow          the window for {@code formMaxAttempts}
 */
@ConfigurationProperties("resuelve.security")
public record SecurityProperties(@DefaultValue("5") int loginMaxFailures,
        @DefaultValue("5m") Duration loginFailureWindow, @DefaultValue("5") int formMaxAttempts,
        @DefaultValue("1h") Duration formWindow) {
}
