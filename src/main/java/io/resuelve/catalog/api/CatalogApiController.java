package io.resuelve.catalog.api;

import java.util.List;

import io.resuelve.accounts.Actor;
import io.resuelve.catalog.Catalog;
import io.resuelve.catalog.BrandView;
import io.resuelve.catalog.CountryView;
import io.resuelve.catalog.ProductView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue tickets are filed against, so integrations can find the ids to send. */
@RestController
@Tag(name = "Catalog")
class CatalogApiController {

    private final Catalog catalog;

    CatalogApiController(Catalog catalog) {
        this.catalog = catalog;
    }

    record ProductJson(Long id, String name) {
    }

    record BrandJson(Long id, String name, List<ProductJson> products) {
    }

    record CatalogJson(List<CountryView> countries, List<BrandJson> brands) {
    }

    record NewEntry(String code, String name) {
    }

    @PostMapping("/api/v1/catalog/countries")
    @Operation(summary = "Add a country by ISO code (admins)")
    ResponseEntity<CountryView> addCountry(@RequestBody NewEntry body, Actor actor) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalog.addCountry(body.code(), body.name(), actor));
    }

    @PostMapping("/api/v1/catalog/brands")
    @Operation(summary = "Add a brand (admins)")
    ResponseEntity<BrandJson> addBrand(@RequestBody NewEntry body, Actor actor) {
        BrandView brand = catalog.addBrand(body.name(), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(new BrandJson(brand.id(), brand.name(), List.of()));
    }

    @PostMapping("/api/v1/catalog/brands/{id}/products")
    @Operation(summary = "Add a product to a brand (admins)")
    ResponseEntity<ProductJson> addProduct(@PathVariable long id, @RequestBody NewEntry body, Actor actor) {
        ProductView product = catalog.addProduct(id, body.name(), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(new ProductJson(product.id(), product.name()));
    }

    @GetMapping("/api/v1/catalog")
    @Operation(summary = "Countries, brands and each brand's products")
    CatalogJson catalog(Actor actor) {
        return new CatalogJson(catalog.countries(), catalog.brands().stream()
                .map(brand -> new BrandJson(brand.id(), brand.name(), catalog.products(brand.id()).stream()
                        .map(p -> new ProductJson(p.id(), p.name())).toList()))
                .toList());
    }
}
