package io.resuelve.portal;

import io.resuelve.tickets.Priority;

/** The new-ticket form as typed; shown again with every value when something must be corrected. */
public record NewTicketForm(String solicitante, String copia, String asunto, String tipo, Priority prioridad,
        String descripcion, String idFiscal, String empresa, String telefono, Long producto, String pais) {
}
