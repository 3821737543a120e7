package io.resuelve.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection.
 *
 * @param loginMaxFailures    failed sign-ins tolerated per IP and per e-mail within the window; one more is 429
 * @param loginFailureWindow  how long a failure counts
 */
@ConfigurationProperties("resuelve.security")
public record SecurityProperties(@DefaultValue("5") int loginMaxFailures,
        @DefaultValue("5m") Duration loginFailureWindow) {
}
