package io.resuelve.catalog;

/** A product of a brand; an inactive one is no longer offered for new tickets. */
public record ProductView(Long id, Long brandId, String name, boolean active) {
}
