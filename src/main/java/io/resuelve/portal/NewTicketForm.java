package io.resuelve.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.tickets.Priority;
import org.springframework.util.MultiValueMap;

/**
 * The new-ticket form as typed; shown again with every value when something must be corrected. The request type's
 * own fields (and the impact answers) arrive as parameters named {@code cf_<field key>}.
 */
public record NewTicketForm(String solicitante, String copia, String asunto, String tipo, Priority prioridad,
        String descripcion, String idFiscal, String empresa, String telefono, Long producto, String pais) {

    static final String CUSTOM_PREFIX = "cf_";

    /** The custom values among a form's parameters, keyed by field key. */
    static Map<String, List<String>> customValues(MultiValueMap<String, String> params) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((name, texts) -> {
            if (name.startsWith(CUSTOM_PREFIX) && name.length() > CUSTOM_PREFIX.length()) {
                values.put(name.substring(CUSTOM_PREFIX.length()), List.copyOf(texts));
            }
        });
        return values;
    }
}
