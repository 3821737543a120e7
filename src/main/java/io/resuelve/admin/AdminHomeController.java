package io.resuelve.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin home: the sections admins look after. {@code /admin/**} is for admins only (web security). */
@Controller
class AdminHomeController {

    /** One entry of the admin home, its texts as message keys. */
    record Section(String path, String titleKey, String descriptionKey) {
    }

    /** A new admin page adds its entry here. */
    static final List<Section> SECTIONS = List.of(
            new Section("/admin/usuarios", "admin.users.title", "admin.users.description"),
            new Section("/admin/organizaciones", "admin.organisations.title", "admin.organisations.description"),
            new Section("/admin/grupos", "admin.groups.title", "admin.groups.description"),
            new Section("/admin/catalogo", "admin.catalog.title", "admin.catalog.description"),
            new Section("/admin/tipos", "forms.admin.title", "forms.admin.description"),
            new Section("/admin/ajustes", "admin.settings.title", "admin.settings.description"),
            new Section("/admin/contacto", "admin.contact.title", "admin.contact.description"),
            new Section("/admin/correo", "outbox.title", "outbox.description"),
            new Section("/admin/buzones", "admin.mailboxes.title", "admin.mailboxes.description"),
            new Section("/admin/correo-entrante", "admin.inbound.title", "admin.inbound.description"),
            new Section("/admin/calidad", "coach.admin.title", "coach.admin.description"),
            new Section("/admin/busqueda", "search.admin.title", "search.admin.description"),
            new Section("/admin/auditoria", "admin.audit.title", "admin.audit.description"),
            new Section("/admin/avisos", "kb.banners.title", "kb.banners.description"));

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("sections", SECTIONS);
        return "admin/home";
    }
}
