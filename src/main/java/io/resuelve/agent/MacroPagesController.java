package io.resuelve.agent;

import io.resuelve.accounts.Actor;
import io.resuelve.macros.MacroView;
import io.resuelve.macros.Macros;
import io.resuelve.shared.DomainException;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's macros: list with search, create, edit, duplicate, delete, and the live preview of the form. */
@Controller
class MacroPagesController {

    private final Macros macros;
    private final MacroOptions options;
    private final Messages messages;

    MacroPagesController(Macros macros, MacroOptions options, Messages messages) {
        this.macros = macros;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping("/agente/macros")
    String list(@RequestParam(name = "q", defaultValue = "") String search, Actor actor, Model model) {
        model.addAttribute("macros", macros.list(actor, search));
        model.addAttribute("q", search);
        options.addNamesTo(model);
        return "agent/macros";
    }

    @GetMapping("/agente/macros/nueva")
    String create(Actor actor, Model model) {
        return form(MacroForm.blank(), null, true, null, actor, model);
    }

    @PostMapping("/agente/macros")
    String create(@ModelAttribute MacroForm form, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            MacroView created = macros.create(form.input(), actor);
            redirect.addFlashAttribute("flash", messages.of("macros.saved", created.name()));
            return "redirect:/agente/macros";
        } catch (InvalidInputException | ForbiddenException e) {
            return rejected(form, null, e, actor, model);
        }
    }

    @GetMapping("/agente/macros/{id}")
    String edit(@PathVariable long id, Actor actor, Model model) {
        MacroView macro = macros.macro(id, actor);
        return form(MacroForm.of(macro), macro, macros.canEdit(macro, actor), null, actor, model);
    }

    @PostMapping("/agente/macros/{id}")
    String update(@PathVariable long id, @ModelAttribute MacroForm form, Actor actor, Model model,
            RedirectAttributes redirect) {
        try {
            MacroView saved = macros.update(id, form.input(), actor);
            redirect.addFlashAttribute("flash", messages.of("macros.saved", saved.name()));
            return "redirect:/agente/macros";
        } catch (InvalidInputException e) {
            return rejected(form, macros.macro(id, actor), e, actor, model);
        }
    }

    @PostMapping("/agente/macros/{id}/duplicar")
    String duplicate(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        MacroView original = macros.macro(id, actor);
        MacroView copy = macros.duplicate(id, messages.of("macros.copyName", original.name()), actor);
        redirect.addFlashAttribute("flash", messages.of("macros.duplicated", original.name()));
        return "redirect:/agente/macros/" + copy.id();
    }

    @PostMapping("/agente/macros/{id}/eliminar")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        String name = macros.macro(id, actor).name();
        macros.delete(id, actor);
        redirect.addFlashAttribute("flash", messages.of("macros.deleted", name));
        return "redirect:/agente/macros";
    }

    /** The form's live preview (htmx): the body as it would read on the example ticket or on a ticket given. */
    @PostMapping("/agente/macros/vista-previa")
    String preview(@ModelAttribute MacroForm form, Actor actor, Model model) {
        try {
            model.addAttribute("preview", macros.preview(form.body(), form.previewTicket(), actor,
                    LocaleContextHolder.getLocale()));
            model.addAttribute("unknown", io.resuelve.macros.MacroPlaceholders.unknown(form.body()));
        } catch (NotFoundException e) {
            model.addAttribute("previewError", messages.of(e));
        }
        return "agent/macros-form :: preview";
    }

    private String rejected(MacroForm form, MacroView macro, DomainException e, Actor actor, Model model) {
        String field = e instanceof InvalidInputException invalid ? invalid.field() : "shared";
        return form(form, macro, true, new FieldError(field, messages.of(e)), actor, model);
    }

    private String form(MacroForm form, MacroView macro, boolean editable, FieldError error, Actor actor,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("macro", macro);
        model.addAttribute("editable", editable);
        model.addAttribute("error", error);
        model.addAttribute("isAdmin", actor.isAdmin());
        model.addAttribute("preview", macros.preview(form.body(), null, actor, LocaleContextHolder.getLocale()));
        options.addTo(model);
        return "agent/macros-form";
    }

    /** The refusal shown beside the field it concerns. */
    record FieldError(String field, String message) {
    }
}
