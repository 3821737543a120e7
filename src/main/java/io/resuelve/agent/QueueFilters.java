package io.resuelve.agent;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The queue's view, filters, order and page as they come from the query string (bookmarkable); every field
 * optional. {@code asignado} is an agent id, {@code yo} or {@code ninguno}; {@code atras} holds the cursors of the
 * previous pages, oldest first, so "Anterior" is a plain link. {@code campo}/{@code valor}: a custom field (by key)
 * holds this value.
 */
public record QueueFilters(String vista, List<String> estado, String prioridad, String tipo, Long grupo,
        String asignado, Long organizacion, String canal, String etiqueta, String q,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate desde,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hasta, String orden, String dir, String cursor,
        List<String> atras, String campo, String valor) {

    public QueueFilters {
        estado = estado == null ? List.of() : estado.stream().filter(s -> s != null && !s.isBlank()).toList();
        atras = atras == null ? List.of() : atras.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** Whether any filter (beyond the view, order and page) is set: the filter bar then starts open. */
    public boolean filtered() {
        return !estado.isEmpty() || present(prioridad) || present(tipo) || grupo != null || present(asignado)
                || organizacion != null || present(canal) || present(etiqueta) || present(q) || desde != null
                || hasta != null || present(campo) && present(valor);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
