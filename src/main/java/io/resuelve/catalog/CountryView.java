package io.resuelve.catalog;

/** A country by ISO 3166-1 alpha-2 code; an inactive one is no longer offered for new tickets. */
public record CountryView(String code, String name, boolean active) {
}
