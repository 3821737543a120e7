package io.resuelve.catalog;

public record BrandView(Long id, String name) {
}
