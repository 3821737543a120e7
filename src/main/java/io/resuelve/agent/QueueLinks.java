package io.resuelve.agent;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue's URLs, all built from the current view and filters so that every link (view, sort, page, refresh)
 * keeps them: a queue page is a bookmark.
 */
public final class QueueLinks {

    static final String FIRST_PAGE = "-";
    private static final int MAX_HISTORY = 100;

    private final String view;
    private final QueueFilters filters;

    QueueLinks(String view, QueueFilters filters) {
        this.view = view;
        this.filters = filters;
    }

    /** This very page (the live refresh fetches it). */
    public String self() {
        return build(view, filters.orden(), filters.dir(), filters.cursor(), filters.atras(), true);
    }

    /** Another view, with the same filters, first page. */
    public String view(String slug) {
        return build(slug, filters.orden(), filters.dir(), null, List.of(), true);
    }

    /** Sorted by a column: descending first for dates, ascending otherwise; again on the same column flips it. */
    public String sort(String column, boolean currentlySorted, boolean currentlyDescending) {
        boolean datesFirstDescending = column.equals("creado") || column.equals("actividad");
        boolean descending = currentlySorted ? !currentlyDescending : datesFirstDescending;
        return build(view, column, descending ? "desc" : "asc", null, List.of(), true);
    }

    public String next(String cursor) {
        List<String> history = new ArrayList<>(filters.atras());
        history.add(filters.cursor() == null || filters.cursor().isBlank() ? FIRST_PAGE : filters.cursor());
        if (history.size() > MAX_HISTORY) {
            history = history.subList(history.size() - MAX_HISTORY, history.size());
        }
        return build(view, filters.orden(), filters.dir(), cursor, history, true);
    }

    public boolean hasPrevious() {
        return !filters.atras().isEmpty();
    }

    public String previous() {
        List<String> history = filters.atras();
        String cursor = history.get(history.size() - 1);
        return build(view, filters.orden(), filters.dir(), FIRST_PAGE.equals(cursor) ? null : cursor,
                history.subList(0, history.size() - 1), true);
    }

    /** The view and order without filters ("Limpiar filtros"). */
    public String withoutFilters() {
        return build(view, filters.orden(), filters.dir(), null, List.of(), false);
    }

    private String build(String slug, String orden, String dir, String cursor, List<String> history,
            boolean withFilters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/agente").queryParam("vista", slug);
        if (withFilters) {
            filters.estado().forEach(s -> uri.queryParam("estado", s));
            param(uri, "prioridad", filters.prioridad());
            param(uri, "tipo", filters.tipo());
            param(uri, "grupo", filters.grupo());
            param(uri, "asignado", filters.asignado());
            param(uri, "organizacion", filters.organizacion());
            param(uri, "canal", filters.canal());
            param(uri, "etiqueta", filters.etiqueta());
            param(uri, "campo", filters.campo());
            param(uri, "valor", filters.valor());
            param(uri, "q", filters.q());
            param(uri, "desde", filters.desde());
            param(uri, "hasta", filters.hasta());
        }
        param(uri, "orden", orden);
        param(uri, "dir", dir);
        param(uri, "cursor", cursor);
        history.forEach(c -> uri.queryParam("atras", c));
        return uri.build().encode().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
