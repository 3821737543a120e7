package io.resuelve.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.resuelve.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog module's API. Writes are for administrators; callers check the role. */
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
    public CountryView addCountry(String code, String name) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!normalised.matches("[A-Z]{2}")) {
            throw new InvalidInputException("code", "error.country.invalid", code);
        }
        return countries.save(new Country(normalised, name.strip())).view();
    }

    @Transactional
    public BrandView addBrand(String name) {
        return brands.save(new Brand(name.strip())).view();
    }

    @Transactional
    public ProductView addProduct(Long brandId, String name) {
        if (!brands.existsById(brandId)) {
            throw new InvalidInputException("brandId", "error.brand.unknown", brandId);
        }
        return products.save(new Product(brandId, name.strip())).view();
    }
}
