package io.resuelve.agent;

import io.resuelve.accounts.Actor;
import io.resuelve.notifications.MailPreferences;
import io.resuelve.notifications.NotificationView;
import io.resuelve.notifications.Notifications;
import io.resuelve.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's notifications: the bell's count (polled) and menu, the full list with keyset pages and an unread
 * filter, opening one (marks it read, goes to the ticket), marking read, and the e-mail preferences.
 */
@Controller
class NotificationPagesController {

    static final int MENU_SIZE = 10;
    static final int PAGE_SIZE = 25;

    private final Notifications notifications;
    private final Messages messages;

    NotificationPagesController(Notifications notifications, Messages messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping("/agente/notificaciones")
    String list(@RequestParam(name = "filtro", defaultValue = "") String filter,
            @RequestParam(name = "antes", required = false) Long before, Actor actor, Model model) {
        boolean unreadOnly = "no-leidas".equals(filter);
        model.addAttribute("page", notifications.page(actor, unreadOnly, before, PAGE_SIZE));
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("first", before == null);
        model.addAttribute("unread", notifications.unreadCount(actor));
        return "notifications/list";
    }

    /** The bell's badge, polled by htmx. */
    @GetMapping("/agente/notificaciones/contador")
    String count(Actor actor, Model model) {
        model.addAttribute("unread", notifications.unreadCount(actor));
        return "notifications/bell :: count";
    }

    /** The bell's dropdown: the latest notifications, loaded when it opens. */
    @GetMapping("/agente/notificaciones/menu")
    String menu(Actor actor, Model model) {
        model.addAttribute("latest", notifications.page(actor, false, null, MENU_SIZE).items());
        return "notifications/bell :: menu";
    }

    /** Opens a notification: marks it (and the others of its ticket) read and goes to the ticket. */
    @GetMapping("/agente/notificaciones/{id}")
    String open(@PathVariable long id, Actor actor) {
        NotificationView opened = notifications.open(id, actor);
        return "redirect:/agente/tickets/" + opened.ticketNumber();
    }

    @PostMapping("/agente/notificaciones/{id}/leida")
    String markRead(@PathVariable long id, @RequestParam(name = "filtro", defaultValue = "") String filter,
            Actor actor) {
        notifications.markRead(id, actor);
        return "redirect:/agente/notificaciones" + ("no-leidas".equals(filter) ? "?filtro=no-leidas" : "");
    }

    /** From the menu (htmx: answers with the refreshed menu and tells the badge) or from the list page. */
    @PostMapping("/agente/notificaciones/leidas")
    String markAllRead(@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(actor);
        if (htmx != null) {
            response.setHeader("HX-Trigger", "notifications-changed");
            return menu(actor, model);
        }
        redirect.addFlashAttribute("flash", messages.of("notifications.allMarked", marked));
        return "redirect:/agente/notificaciones";
    }

    @GetMapping("/agente/notificaciones/preferencias")
    String preferences(Actor actor, Model model) {
        model.addAttribute("preferences", notifications.mailPreferences(actor));
        return "notifications/preferences";
    }

    @PostMapping("/agente/notificaciones/preferencias")
    String savePreferences(@RequestParam(name = "gruposCorreo", defaultValue = "false") boolean groupTickets,
            @RequestParam(name = "respuestasCorreo", defaultValue = "false") boolean customerReplies,
            @RequestParam(name = "asignacionesCorreo", defaultValue = "false") boolean assigned, Actor actor,
            RedirectAttributes redirect) {
        notifications.saveMailPreferences(new MailPreferences(groupTickets, customerReplies, assigned), actor);
        redirect.addFlashAttribute("flash", messages.of("notifications.preferences.saved"));
        return "redirect:/agente/notificaciones/preferencias";
    }
}
