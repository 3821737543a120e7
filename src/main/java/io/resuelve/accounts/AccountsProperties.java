package io.resuelve.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account links sent by mail.
 *
 * @param verificationValidity how long a sign-up verification link works
 * @param resetValidity        how long a password-reset link works
 * @param invitationValidity   how long the link of an agent's invitation works
 * @param mailSignUpValidity   how long the link works that completes the account of someone who wrote by mail
 */
@ConfigurationProperties("resuelve.accounts")
public record AccountsProperties(@DefaultValue("24h") Duration verificationValidity,
        @DefaultValue("1h") Duration resetValidity,
        @DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("7d") Duration mailSignUpValidity) {
}
