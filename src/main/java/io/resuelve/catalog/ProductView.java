package io.resuelve.catalog;

public record ProductView(Long id, Long brandId, String name) {
}
