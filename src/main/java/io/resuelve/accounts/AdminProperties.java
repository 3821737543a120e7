package io.resuelve.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator created on the first start with an empty database.
 *
 * @param email    {@code RESUELVE_ADMIN_EMAIL}
 * @param password {@code RESUELVE_ADMIN_PASSWORD}
 * @param name     display name
 */
@ConfigurationProperties("resuelve.admin")
public record AdminProperties(@DefaultValue("admin@resuelve.local") String email,
        @DefaultValue("Resuelve-Admin-2026") String password, @DefaultValue("Administrador") String name) {
}
