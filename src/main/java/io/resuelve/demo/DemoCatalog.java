package io.resuelve.demo;

import io.resuelve.accounts.Actor;
import io.resuelve.catalog.BrandView;
import io.resuelve.catalog.Catalog;

/** The demo catalogue: countries of Latin America and Spain, two brands and their products. */
record DemoCatalog(Item rutaMovil, Item rutaWeb, Item erp) {

    record Item(Long brandId, Long productId) {
    }

    static DemoCatalog load(Catalog catalog) {
        String[][] countries = { { "AR", "Argentina" }, { "BR", "Brasil" }, { "CL", "Chile" }, { "CO", "Colombia" },
                { "EC", "Ecuador" }, { "ES", "España" }, { "MX", "México" }, { "PE", "Perú" }, { "UY", "Uruguay" } };
        for (String[] country : countries) {
            catalog.addCountry(country[0], country[1], Actor.system());
        }
        BrandView ruta = catalog.addBrand("Ruta", Actor.system());
        BrandView contable = catalog.addBrand("Contable", Actor.system());
        return new DemoCatalog(new Item(ruta.id(), catalog.addProduct(ruta.id(), "Ruta Móvil", Actor.system()).id()),
                new Item(ruta.id(), catalog.addProduct(ruta.id(), "Ruta Web", Actor.system()).id()),
                new Item(contable.id(), catalog.addProduct(contable.id(), "Contable ERP", Actor.system()).id()));
    }
}
