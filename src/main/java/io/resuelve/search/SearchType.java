package io.resuelve.search;

import java.util.Locale;

import io.resuelve.shared.InvalidInputException;

/** What a search looks through. */
public enum SearchType {
    ARTICLE, TICKET;

    /** {@code article}, {@code ticket} or nothing (both); anything else is a 400. */
    public static java.util.Set<SearchType> parse(String type) {
        if (type == null || type.isBlank()) {
            return java.util.EnumSet.allOf(SearchType.class);
        }
        try {
            return java.util.EnumSet.of(valueOf(type.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "search.error.type", type);
        }
    }
}
