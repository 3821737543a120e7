package io.resuelve.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog module's API: everyone reads it, administrators change it. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final CountryRepository countries;
    private final BrandRepository brands;
    private final ProductRepository products;

    Catalog(CountryRepository countries, BrandRepository brands, ProductRepository products) {
        this.countries = countries;
        this.brands = brands;
        this.products = products;
    }

    public List<CountryView> countries() {
        return countries.findAllByOrderByNameAsc().stream().map(Country::view).toList();
    }

    public Optional<CountryView> country(String code) {
        return code == null ? Optional.empty()
                : countries.findById(code.trim().toUpperCase(Locale.ROOT)).map(Country::view);
    }

    public List<BrandView> brands() {
        return brands.findAllByOrderByNameAsc().stream().map(Brand::view).toList();
    }

    public Optional<BrandView> brand(Long id) {
        return id == null ? Optional.empty() : brands.findById(id).map(Brand::view);
    }

    public List<ProductView> products(Long brandId) {
        return products.findByBrandIdOrderByNameAsc(brandId).stream().map(Product::view).toList();
    }

    public Optional<ProductView> product(Long id) {
        return id == null ? Optional.empty() : products.findById(id).map(Product::view);
    }

    @Transactional
    public CountryView addCountry(String code, String name, Actor by) {
        requireAdmin(by);
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!normalised.matches("[A-Z]{2}")) {
            throw new InvalidInputException("code", "error.country.invalid", code);
        }
        if (countries.existsById(normalised)) {
            throw new ConflictException("error.catalog.duplicate", normalised);
        }
        return countries.save(new Country(normalised, required("name", name))).view();
    }

    @Transactional
    public BrandView addBrand(String name, Actor by) {
        requireAdmin(by);
        return brands.save(new Brand(required("name", name))).view();
    }

    @Transactional
    public ProductView addProduct(Long brandId, String name, Actor by) {
        requireAdmin(by);
        if (brandId == null || !brands.existsById(brandId)) {
            throw new NotFoundException("error.brand.unknown", brandId);
        }
        return products.save(new Product(brandId, required("name", name))).view();
    }

    private static void requireAdmin(Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.field.required", field);
        }
        if (value.strip().length() > 100) {
            throw new InvalidInputException(field, "error.field.tooLong", field, 100);
        }
        return value.strip();
    }
}
