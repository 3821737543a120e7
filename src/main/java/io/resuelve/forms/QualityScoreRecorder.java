package io.resuelve.forms;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.UserView;
import io.resuelve.tickets.CustomFieldKind;
import io.resuelve.tickets.CustomValue;
import io.resuelve.tickets.TicketCreated;
import io.resuelve.tickets.TicketManagement;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scores every new ticket, whatever the channel (portal, API, mail, agent): the coach's score and the ids of the
 * rules that found something are stored on the ticket, for agents and for "Devolver al solicitante". Runs after the
 * ticket is committed; a failure here is logged and never undoes the ticket.
 */
@Component
class QualityScoreRecorder {

    private static final Logger log = LoggerFactory.getLogger(QualityScoreRecorder.class);

    private final QualityCoach coach;
    private final TicketQueries queries;
    private final TicketManagement tickets;
    private final AccountManagement accounts;

    QualityScoreRecorder(QualityCoach coach, TicketQueries queries, TicketManagement tickets,
            AccountManagement accounts) {
        this.coach = coach;
        this.queries = queries;
        this.tickets = tickets;
        this.accounts = accounts;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TicketCreated event) {
        try {
            TicketView ticket = queries.ticket(event.ticketNumber(), Actor.system());
            int files = queries.descriptionAttachments(ticket.number(), Actor.system()).size();
            List<String> details = ticket.customFields() == null ? List.of() : ticket.customFields().stream()
                    .filter(v -> v.kind() == CustomFieldKind.TEXT || v.kind() == CustomFieldKind.LONG_TEXT
                            || v.kind() == CustomFieldKind.URL)
                    .map(CustomValue::text).toList();
            QualityReport report = coach.check(ticket.subject(), ticket.description(), ticket.type(),
                    language(ticket.requesterId()), files, details);
            tickets.recordQuality(Actor.system(), ticket.number(), report.score(), report.rules());
        } catch (RuntimeException e) {
            log.warn("Could not score the quality of ticket {}", event.ticketNumber(), e);
        }
    }

    /** The requester's language: the text's language is guessed, this is the fallback for very short texts. */
    private Locale language(Long requesterId) {
        if (requesterId == null) {
            return Locale.forLanguageTag("es");
        }
        UserView requester = accounts.users(Set.of(requesterId)).get(requesterId);
        return requester == null ? Locale.forLanguageTag("es") : requester.language().locale();
    }
}
