package io.resuelve.agent;

import io.resuelve.accounts.Actor;
import io.resuelve.catalog.Catalog;
import io.resuelve.kb.KbStructure;
import io.resuelve.kb.KnowledgeBase;
import io.resuelve.shared.DomainException;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Collections (per country) and folders (per product) of the knowledge base. */
@Controller
class KnowledgeBaseStructureController {

    private final KnowledgeBase knowledgeBase;
    private final KbStructure structure;
    private final Catalog catalog;
    private final Messages messages;

    KnowledgeBaseStructureController(KnowledgeBase knowledgeBase, KbStructure structure, Catalog catalog,
            Messages messages) {
        this.knowledgeBase = knowledgeBase;
        this.structure = structure;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/agente/base-conocimiento/estructura")
    String show(Actor actor, Model model) {
        model.addAttribute("collections", knowledgeBase.collections(actor, "es"));
        model.addAttribute("countries", catalog.countries());
        model.addAttribute("products", catalog.brands().stream()
                .flatMap(b -> catalog.products(b.id()).stream().map(p -> new Option(String.valueOf(p.id()),
                        b.name() + " · " + p.name())))
                .toList());
        return "agent/kb-structure";
    }

    @PostMapping("/agente/base-conocimiento/colecciones")
    String createCollection(@RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String countryCode, @RequestParam(defaultValue = "0") int position,
            Actor actor, RedirectAttributes redirect) {
        return act(redirect, () -> structure.createCollection(name, countryCode, position, actor));
    }

    @PostMapping("/agente/base-conocimiento/colecciones/{id}")
    String changeCollection(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String countryCode, @RequestParam(defaultValue = "0") int position,
            Actor actor, RedirectAttributes redirect) {
        return act(redirect, () -> structure.changeCollection(id, name, countryCode, position, actor));
    }

    @PostMapping("/agente/base-conocimiento/colecciones/{id}/eliminar")
    String deleteCollection(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return act(redirect, () -> structure.deleteCollection(id, actor));
    }

    @PostMapping("/agente/base-conocimiento/carpetas")
    String createFolder(@RequestParam long collectionId, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Long productId, @RequestParam(defaultValue = "0") int position,
            Actor actor, RedirectAttributes redirect) {
        return act(redirect, () -> structure.createFolder(collectionId, name, productId, position, actor));
    }

    @PostMapping("/agente/base-conocimiento/carpetas/{id}")
    String changeFolder(@PathVariable long id, @RequestParam long collectionId,
            @RequestParam(defaultValue = "") String name, @RequestParam(required = false) Long productId,
            @RequestParam(defaultValue = "0") int position, Actor actor, RedirectAttributes redirect) {
        return act(redirect, () -> structure.changeFolder(id, collectionId, name, productId, position, actor));
    }

    @PostMapping("/agente/base-conocimiento/carpetas/{id}/eliminar")
    String deleteFolder(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return act(redirect, () -> structure.deleteFolder(id, actor));
    }

    private String act(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.of("kb.structure.saved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("structureError", messages.of(e));
        }
        return "redirect:/agente/base-conocimiento/estructura";
    }
}
