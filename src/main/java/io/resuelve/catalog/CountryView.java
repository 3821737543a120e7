package io.resuelve.catalog;

/** A country by ISO 3166-1 alpha-2 code. */
public record CountryView(String code, String name) {
}
