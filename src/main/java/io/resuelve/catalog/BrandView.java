package io.resuelve.catalog;

/** A brand; an inactive one is no longer offered for new tickets. */
public record BrandView(Long id, String name, boolean active) {
}
