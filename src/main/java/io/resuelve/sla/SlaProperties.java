package io.resuelve.sla;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Automations on tickets.
 *
 * @param autoCloseAfter how long a resolved ticket waits for "¿Se ha resuelto su problema?" before it closes by
 *                       itself (seed 002: 48 hours)
 * @param autoCloseCheck how often resolved tickets are checked
 */
@ConfigurationProperties("resuelve.sla")
public record SlaProperties(@DefaultValue("48h") Duration autoCloseAfter, @DefaultValue("5m") Duration autoCloseCheck) {
}
