package io.resuelve.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.catalog.BrandView;
import io.resuelve.catalog.Catalog;
import io.resuelve.catalog.ProductView;
import io.resuelve.shared.ConflictException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue tickets are filed against: countries, brands and each brand's products. Entries are deactivated
 * rather than deleted, so tickets filed against them keep showing them.
 */
@Controller
class CatalogAdminController {

    private static final String PAGE = "redirect:/admin/catalogo";

    private final Catalog catalog;
    private final Messages messages;

    CatalogAdminController(Catalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/admin/catalogo")
    String show(Model model) {
        Map<BrandView, List<ProductView>> brands = new LinkedHashMap<>();
        catalog.allBrands().forEach(brand -> brands.put(brand, catalog.allProducts(brand.id())));
        model.addAttribute("countries", catalog.allCountries());
        model.addAttribute("brands", brands);
        return "admin/catalog";
    }

    @PostMapping("/admin/catalogo/paises")
    String addCountry(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            Actor actor, RedirectAttributes redirect) {
        return act(redirect, "paises", () -> catalog.addCountry(code, name, actor), "admin.catalog.added", name);
    }

    @PostMapping("/admin/catalogo/paises/{code}")
    String changeCountry(@PathVariable String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean active, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "paises", () -> catalog.changeCountry(code, name, active, actor), "admin.catalog.saved",
                name);
    }

    @PostMapping("/admin/catalogo/marcas")
    String addBrand(@RequestParam(defaultValue = "") String name, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "marcas", () -> catalog.addBrand(name, actor), "admin.catalog.added", name);
    }

    @PostMapping("/admin/catalogo/marcas/{id}")
    String changeBrand(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean active, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "marca-" + id, () -> catalog.changeBrand(id, name, active, actor),
                "admin.catalog.saved", name);
    }

    @PostMapping("/admin/catalogo/marcas/{id}/productos")
    String addProduct(@PathVariable long id, @RequestParam(defaultValue = "") String name, Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, "marca-" + id, () -> catalog.addProduct(id, name, actor), "admin.catalog.added", name);
    }

    @PostMapping("/admin/catalogo/productos/{id}")
    String changeProduct(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean active, Actor actor, RedirectAttributes redirect) {
        return act(redirect, "marcas", () -> catalog.changeProduct(id, name, active, actor), "admin.catalog.saved",
                name);
    }

    private String act(RedirectAttributes redirect, String anchor, Runnable action, String doneKey, String name) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.of(doneKey, name.strip()));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return PAGE + "#" + anchor;
    }
}
