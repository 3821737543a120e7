package io.resuelve.forms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Finds the request type a caller means, by code, id or name, for the coach's API and pages. */
@Component
class QualityTypes {

    /** The seven sections of seed 001. */
    static final List<String> CODES = List.of("CONSULTA", "ERROR_INTERCAMBIO", "PROBLEMA_APARIENCIA", "DEFECTO",
            "CAMBIO_FUNCIONALIDAD", "NUEVA_FUNCIONALIDAD", "IDEA");

    /** The type's code, or empty when {@code value} names none. */
    Optional<String> code(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        return CODES.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /** The codes an administrator chooses modes for, in the form's order. */
    List<String> codes() {
        return CODES;
    }
}
