package io.resuelve.sla;

import java.time.Clock;
import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.DomainException;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seed 002: "Los tickets se cierran automáticamente si han pasado 48 horas desde que se marcaron como resueltos y
 * no hubo respuesta del cliente." Closes them as Resuelve itself, each in its own transaction, so a ticket the
 * customer answered in the meantime (reopened) is simply skipped. One instance runs it at a time (ShedLock).
 */
@Component
class AutoClose {

    private static final Logger log = LoggerFactory.getLogger(AutoClose.class);
    private static final int BATCH = 100;

    private final TicketQueries queries;
    private final TicketManagement tickets;
    private final SlaProperties properties;
    private final Clock clock;

    AutoClose(TicketQueries queries, TicketManagement tickets, SlaProperties properties, Clock clock) {
        this.queries = queries;
        this.tickets = tickets;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${resuelve.sla.auto-close-check:5m}", initialDelayString = "1m")
    @SchedulerLock(name = "sla-auto-close", lockAtMostFor = "PT10M")
    void scheduled() {
        int closed = closeUnansweredResolutions();
        if (closed > 0) {
            log.info("Closed {} resolved ticket(s) without an answer for {}", closed, properties.autoCloseAfter());
        }
    }

    /** Closes every ticket resolved longer ago than the setting allows; returns how many it closed. */
    int closeUnansweredResolutions() {
        int closed = 0;
        int closedInBatch;
        List<Long> due;
        do {
            closedInBatch = 0;
            due = queries.awaitingConfirmationSince(clock.instant().minus(properties.autoCloseAfter()), BATCH);
            for (long number : due) {
                try {
                    tickets.close(number, Actor.system());
                    closedInBatch++;
                } catch (DomainException e) {
                    log.debug("Ticket #{} changed before it could be closed: {}", number, e.getMessage());
                }
            }
            closed += closedInBatch;
        } while (due.size() == BATCH && closedInBatch > 0); // a full batch that closed nothing would repeat forever
        return closed;
    }
}
