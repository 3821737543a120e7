package io.resuelve.portal;

import java.util.List;

/**
 * The seven sections of seed 001 a customer files under, by code; labels and descriptions are message keys
 * {@code ticket.type.<CODE>} and {@code ticket.type.<CODE>.help}. "Consulta" is the safe choice when in doubt.
 */
final class TicketTypes {

    static final List<String> CODES = List.of("CONSULTA", "ERROR_INTERCAMBIO", "PROBLEMA_APARIENCIA", "DEFECTO",
            "CAMBIO_FUNCIONALIDAD", "NUEVA_FUNCIONALIDAD", "IDEA");

    private TicketTypes() {
    }
}
