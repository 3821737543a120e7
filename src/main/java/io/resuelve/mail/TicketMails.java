package io.resuelve.mail;

import java.util.Map;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import io.resuelve.accounts.UserView;
import io.resuelve.shared.ResuelveProperties;
import io.resuelve.tickets.Channel;
import io.resuelve.tickets.TicketCreated;
import io.resuelve.tickets.TicketQueries;
import io.resuelve.tickets.TicketView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails tickets cause. Plain synchronous listeners: the mail is queued in the transaction of the ticket's
 * change, so it exists exactly when the change does.
 */
@Component
class TicketMails {

    static final int SUMMARY_LENGTH = 300;

    private final MailOutbox outbox;
    private final TicketQueries tickets;
    private final AccountManagement accounts;
    private final ResuelveProperties resuelve;

    TicketMails(MailOutbox outbox, TicketQueries tickets, AccountManagement accounts, ResuelveProperties resuelve) {
        this.outbox = outbox;
        this.tickets = tickets;
        this.accounts = accounts;
        this.resuelve = resuelve;
    }

    /** Acknowledges a new ticket to its requester, when a customer: staff filing for themselves need no receipt. */
    @EventListener
    void on(TicketCreated event) {
        UserView requester = accounts.user(event.requesterId()).orElse(null);
        if (requester == null || requester.role() != Role.CUSTOMER) {
            return;
        }
        TicketView ticket = tickets.ticket(event.ticketNumber(), Actor.system());
        outbox.enqueue(new OutgoingMail(requester.email(), requester.name(), requester.language(),
                Audience.CUSTOMER, "ticket-received", Map.of("number", ticket.number(), "subject", ticket.subject(),
                        "summary", summary(ticket.description()), "statusKey", ticket.status().customerLabelKey(),
                        // A plain link: reading the ticket needs signing in, the mail grants nothing.
                        "link", resuelve.link("/tickets/" + ticket.number())),
                // A ticket that arrived by mail is answered by this one: an automatic reply.
                event.channel() == Channel.EMAIL ? MailKind.AUTO_REPLIED : MailKind.AUTO_GENERATED)
                .aboutTicket(ticket.number()));
    }

    /** The description on one line, cut at a word near {@link #SUMMARY_LENGTH} characters. */
    static String summary(String description) {
        String flat = description == null ? "" : description.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SUMMARY_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SUMMARY_LENGTH);
        if (cut < SUMMARY_LENGTH / 2) {
            cut = Character.isHighSurrogate(flat.charAt(SUMMARY_LENGTH - 1)) ? SUMMARY_LENGTH - 1 : SUMMARY_LENGTH;
        }
        return flat.substring(0, cut).strip() + "…";
    }
}
