package io.resuelve.portal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The ticket list's filters as they come from the query string; every field optional. */
public record TicketFilters(String vista, String estado, String q, String solicitante,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate desde,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hasta, String orden, String cursor) {

    public boolean organisation() {
        return "organizacion".equals(vista);
    }
}
