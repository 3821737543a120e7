package io.resuelve.tickets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * "Field = value" over typed custom values: the text as typed (without case), or the number, date or yes/no it
 * reads as. An exists-subquery keeps one row per ticket, so keyset paging is not disturbed.
 */
final class CustomValueFilter {

    private CustomValueFilter() {
    }

    static Specification<Ticket> holds(String key, String value) {
        return (root, query, cb) -> {
            Subquery<Long> sub = query.subquery(Long.class);
            Root<Ticket> ticket = sub.from(Ticket.class);
            Join<Ticket, CustomValueRow> row = ticket.join("customValues");
            List<Predicate> matches = new ArrayList<>();
            matches.add(cb.equal(cb.lower(row.get("text")), value.toLowerCase(Locale.ROOT)));
            BigDecimal number = number(value);
            if (number != null) {
                matches.add(cb.equal(row.get("number"), number));
            }
            LocalDate date = date(value);
            if (date != null) {
                matches.add(cb.equal(row.get("date"), date));
            }
            Boolean bool = bool(value);
            if (bool != null) {
                matches.add(cb.equal(row.get("bool"), bool));
            }
            sub.select(ticket.get("id")).where(cb.equal(ticket.get("id"), root.get("id")),
                    cb.equal(row.get("key"), key), cb.or(matches.toArray(Predicate[]::new)));
            return cb.exists(sub);
        };
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean bool(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("sí") || v.equals("si") || v.equals("yes") || v.equals("sim")) {
            return Boolean.TRUE;
        }
        if (v.equals("false") || v.equals("no") || v.equals("não") || v.equals("nao")) {
            return Boolean.FALSE;
        }
        return null;
    }
}
