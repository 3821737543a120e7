package io.resuelve.tickets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the tickets module.
 *
 * @param attachmentMaxSize the largest file accepted on a ticket
 */
@ConfigurationProperties("resuelve.tickets")
public record TicketsProperties(@DefaultValue("25MB") DataSize attachmentMaxSize) {
}
