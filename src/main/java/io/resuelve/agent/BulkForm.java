package io.resuelve.agent;

import java.util.List;

/**
 * A bulk action on the selected rows. Each field left blank is left unchanged: {@code asignado} is an agent id,
 * {@code yo} or {@code ninguno}; {@code grupo} a group id or {@code ninguno}; {@code estado} and {@code prioridad}
 * enum names; {@code etiqueta} a tag to add. {@code volver} is the queue URL to return to.
 */
public record BulkForm(List<Long> tickets, String asignado, String grupo, String estado, String prioridad,
        String etiqueta, String volver) {

    public BulkForm {
        tickets = tickets == null ? List.of() : tickets.stream().filter(java.util.Objects::nonNull).distinct()
                .toList();
    }
}
