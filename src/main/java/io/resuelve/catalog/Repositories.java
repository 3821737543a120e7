package io.resuelve.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountryRepository extends JpaRepository<Country, String> {

    List<Country> findAllByOrderByNameAsc();
}

interface BrandRepository extends JpaRepository<Brand, Long> {

    List<Brand> findAllByOrderByNameAsc();

    Optional<Brand> findByName(String name);
}

interface ProductRepository extends JpaRepository<Product, Long> {

    List<Product> findByBrandIdOrderByNameAsc(Long brandId);

    Optional<Product> findByBrandIdAndName(Long brandId, String name);
}
