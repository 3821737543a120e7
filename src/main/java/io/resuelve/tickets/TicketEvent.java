package io.resuelve.tickets;

/** The events of the tickets module; all carry the ticket number, the id integrations know. */
public sealed interface TicketEvent permits TicketCreated, CustomerReplied, AgentReplied, InternalNoteAdded,
        TicketStatusChanged, TicketAssigned, TicketRejected, TicketReturnedToRequester, TicketConfirmed,
        TicketMerged {

    long ticketNumber();
}
