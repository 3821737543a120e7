package io.resuelve.admin;

import java.util.Locale;

import io.resuelve.accounts.Actor;
import io.resuelve.forms.FieldVisibility;
import io.resuelve.forms.RequestTypeView;
import io.resuelve.forms.RequestTypes;
import io.resuelve.forms.TriageItem;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.NotFoundException;
import io.resuelve.tickets.CustomFieldKind;
import io.resuelve.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Request types ("secciones", seed 001) and their forms: add, edit and translate (es/en/pt), reorder, disable, and
 * define each type's custom fields (kind, options, help comment, required, visibility, dependency).
 */
@Controller
class RequestTypesAdminController {

    private final RequestTypes types;
    private final Messages messages;

    RequestTypesAdminController(RequestTypes types, Messages messages) {
        this.types = types;
        this.messages = messages;
    }

    @GetMapping("/admin/tipos")
    String list(Locale locale, Model model) {
        model.addAttribute("types", types.all(locale));
        return "admin/request-types";
    }

    @GetMapping("/admin/tipos/nuevo")
    String newType(Model model) {
        return typePage(null, RequestTypeForm.empty(), model);
    }

    @PostMapping("/admin/tipos")
    String create(@ModelAttribute RequestTypeForm form, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            RequestTypeView type = types.create(form.definition(), actor);
            redirect.addFlashAttribute("flash", messages.of("forms.admin.created", type.name()));
            return "redirect:/admin/tipos/" + type.code();
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.of(e));
            return typePage(null, form, model);
        }
    }

    @GetMapping("/admin/tipos/{code}")
    String show(@PathVariable String code, Locale locale, Model model) {
        return typePage(view(code, locale), RequestTypeForm.of(types.definition(code)), model);
    }

    @PostMapping("/admin/tipos/{code}")
    String update(@PathVariable String code, @ModelAttribute RequestTypeForm form, Actor actor, Locale locale,
            Model model, RedirectAttributes redirect) {
        try {
            types.update(code, form.definition(), actor);
            redirect.addFlashAttribute("flash", messages.of("forms.admin.saved"));
            return "redirect:/admin/tipos/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.of(e));
            return typePage(view(code, locale), form, model);
        }
    }

    @PostMapping("/admin/tipos/{code}/mover")
    String move(@PathVariable String code, @RequestParam(defaultValue = "0") int direccion, Actor actor) {
        types.move(code, direccion, actor);
        return "redirect:/admin/tipos";
    }

    @PostMapping("/admin/tipos/{code}/estado")
    String activate(@PathVariable String code, @RequestParam(defaultValue = "false") boolean activo, Actor actor,
            RedirectAttributes redirect) {
        types.activate(code, activo, actor);
        redirect.addFlashAttribute("flash", messages.of(activo ? "forms.admin.enabled" : "forms.admin.disabled"));
        return "redirect:/admin/tipos";
    }

    @PostMapping("/admin/tipos/{code}/campos")
    String addField(@PathVariable String code, @ModelAttribute RequestFieldForm field, Actor actor, Locale locale,
            Model model, RedirectAttributes redirect) {
        try {
            types.addField(code, field.definition(), actor);
            redirect.addFlashAttribute("flash", messages.of("forms.admin.fieldAdded"));
            return "redirect:/admin/tipos/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("fieldError", messages.of(e));
            model.addAttribute("newField", field);
            return typePage(view(code, locale), RequestTypeForm.of(types.definition(code)), model);
        }
    }

    @GetMapping("/admin/tipos/{code}/campos/{key}")
    String showField(@PathVariable String code, @PathVariable String key, Locale locale, Model model) {
        return fieldPage(view(code, locale), key, RequestFieldForm.of(types.fieldDefinition(code, key)), model);
    }

    @PostMapping("/admin/tipos/{code}/campos/{key}")
    String updateField(@PathVariable String code, @PathVariable String key, @ModelAttribute RequestFieldForm field,
            Actor actor, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            types.updateField(code, key, field.definition(), actor);
            redirect.addFlashAttribute("flash", messages.of("forms.admin.fieldSaved"));
            return "redirect:/admin/tipos/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("error", messages.of(e));
            return fieldPage(view(code, locale), key, field, model);
        }
    }

    @PostMapping("/admin/tipos/{code}/campos/{key}/mover")
    String moveField(@PathVariable String code, @PathVariable String key,
            @RequestParam(defaultValue = "0") int direccion, Actor actor) {
        types.moveField(code, key, direccion, actor);
        return "redirect:/admin/tipos/" + code + "#fields";
    }

    @PostMapping("/admin/tipos/{code}/campos/{key}/estado")
    String activateField(@PathVariable String code, @PathVariable String key,
            @RequestParam(defaultValue = "false") boolean activo, Actor actor, RedirectAttributes redirect) {
        types.activateField(code, key, activo, actor);
        redirect.addFlashAttribute("flash", messages.of(activo ? "forms.admin.fieldEnabled"
                : "forms.admin.fieldDisabled"));
        return "redirect:/admin/tipos/" + code + "#fields";
    }

    private String typePage(RequestTypeView type, RequestTypeForm form, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("triageItems", TriageItem.values());
        if (!model.containsAttribute("newField")) {
            model.addAttribute("newField", RequestFieldForm.empty());
        }
        options(model);
        return "admin/request-type";
    }

    private String fieldPage(RequestTypeView type, String key, RequestFieldForm field, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("fieldKey", key);
        model.addAttribute("field", field);
        options(model);
        return "admin/request-field";
    }

    private static void options(Model model) {
        model.addAttribute("kinds", CustomFieldKind.values());
        model.addAttribute("visibilities", FieldVisibility.values());
    }

    private RequestTypeView view(String code, Locale locale) {
        return types.byCode(code, locale).orElseThrow(() -> new NotFoundException("forms.error.typeNotFound", code));
    }
}
