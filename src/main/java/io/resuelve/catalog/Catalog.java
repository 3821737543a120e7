package io.resuelve.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.AdminChangeRecorded;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog module's API: everyone reads it, administrators change it. Entries are never deleted, only
 * deactivated: tickets keep pointing at the brand, product and country they were filed against, while new tickets
 * are offered active entries only ({@link #countries()}, {@link #brands()}, {@link #products(Long)}).
 * Every change is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final CountryRepository countries;
    private final BrandRepository brands;
    private final ProductRepository products;
    private final ApplicationEventPublisher events;

    Catalog(CountryRepository countries, BrandRepository brands, ProductRepository products,
            ApplicationEventPublisher events) {
        this.countries = countries;
        this.brands = brands;
        this.products = products;
        this.events = events;
    }

    /** Active countries, by name: what a new ticket may choose. */
    public List<CountryView> countries() {
        return allCountries().stream().filter(CountryView::active).toList();
    }

    /** Every country, active or not, by name. */
    public List<CountryView> allCountries() {
        return countries.findAllByOrderByNameAsc().stream().map(Country::view).toList();
    }

    public Optional<CountryView> country(String code) {
        return code == null ? Optional.empty()
                : countries.findById(code.trim().toUpperCase(Locale.ROOT)).map(Country::view);
    }

    /** Active brands, by name. */
    public List<BrandView> brands() {
        return allBrands().stream().filter(BrandView::active).toList();
    }

    public List<BrandView> allBrands() {
        return brands.findAllByOrderByNameAsc().stream().map(Brand::view).toList();
    }

    public Optional<BrandView> brand(Long id) {
        return id == null ? Optional.empty() : brands.findById(id).map(Brand::view);
    }

    /** The brand's active products, by name. */
    public List<ProductView> products(Long brandId) {
        return allProducts(brandId).stream().filter(ProductView::active).toList();
    }

    public List<ProductView> allProducts(Long brandId) {
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
        CountryView country = countries.save(new Country(normalised, required("name", name))).view();
        publish(audit(by, "catalog.countryAdded", "COUNTRY", country.code(), country.name())
                .change("name", null, country.name()));
        return country;
    }

    @Transactional
    public BrandView addBrand(String name, Actor by) {
        requireAdmin(by);
        String clean = required("name", name);
        if (brands.findByName(clean).isPresent()) {
            throw new ConflictException("error.catalog.duplicate", clean);
        }
        BrandView brand = brands.save(new Brand(clean)).view();
        publish(audit(by, "catalog.brandAdded", "BRAND", brand.id(), brand.name()).change("name", null, clean));
        return brand;
    }

    @Transactional
    public ProductView addProduct(Long brandId, String name, Actor by) {
        requireAdmin(by);
        Brand brand = findBrand(brandId);
        String clean = required("name", name);
        if (products.findByBrandIdAndName(brandId, clean).isPresent()) {
            throw new ConflictException("error.catalog.duplicate", clean);
        }
        ProductView product = products.save(new Product(brandId, clean)).view();
        publish(audit(by, "catalog.productAdded", "PRODUCT", product.id(), brand.name() + " / " + clean)
                .change("name", null, clean));
        return product;
    }

    /** Renames a country and (de)activates it. */
    @Transactional
    public CountryView changeCountry(String code, String name, boolean active, Actor by) {
        requireAdmin(by);
        Country country = countries.findById(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("error.country.notFound", code));
        CountryView before = country.view();
        country.rename(required("name", name));
        country.activate(active);
        CountryView after = country.view();
        publish(audit(by, "catalog.countryChanged", "COUNTRY", after.code(), after.name())
                .change("name", before.name(), after.name()).change("active", before.active(), after.active()));
        return after;
    }

    /** Renames a brand and (de)activates it; its products stay as they are. */
    @Transactional
    public BrandView changeBrand(Long brandId, String name, boolean active, Actor by) {
        requireAdmin(by);
        Brand brand = findBrand(brandId);
        BrandView before = brand.view();
        String clean = required("name", name);
        brands.findByName(clean).filter(other -> !other.view().id().equals(brandId)).ifPresent(other -> {
            throw new ConflictException("error.catalog.duplicate", clean);
        });
        brand.rename(clean);
        brand.activate(active);
        BrandView after = brand.view();
        publish(audit(by, "catalog.brandChanged", "BRAND", after.id(), after.name())
                .change("name", before.name(), after.name()).change("active", before.active(), after.active()));
        return after;
    }

    /** Renames a product and (de)activates it. */
    @Transactional
    public ProductView changeProduct(Long productId, String name, boolean active, Actor by) {
        requireAdmin(by);
        Product product = products.findById(productId == null ? -1L : productId)
                .orElseThrow(() -> new NotFoundException("error.product.unknown", productId));
        ProductView before = product.view();
        String clean = required("name", name);
        products.findByBrandIdAndName(before.brandId(), clean)
                .filter(other -> !other.view().id().equals(productId)).ifPresent(other -> {
                    throw new ConflictException("error.catalog.duplicate", clean);
                });
        product.rename(clean);
        product.activate(active);
        ProductView after = product.view();
        String brand = brands.findById(after.brandId()).map(Brand::name).orElse("");
        publish(audit(by, "catalog.productChanged", "PRODUCT", after.id(), brand + " / " + after.name())
                .change("name", before.name(), after.name()).change("active", before.active(), after.active()));
        return after;
    }

    private Brand findBrand(Long brandId) {
        return brands.findById(brandId == null ? -1L : brandId)
                .orElseThrow(() -> new NotFoundException("error.brand.unknown", brandId));
    }

    private void publish(AdminChangeRecorded.Builder change) {
        if (change.changed()) {
            events.publishEvent(change.build());
        }
    }

    private static AdminChangeRecorded.Builder audit(Actor by, String action, String type, Object id, String label) {
        return AdminChangeRecorded.of(by.userId(), by.email(), action, type, id, label);
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
