package io.resuelve.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.mail.MailOutbox;
import io.resuelve.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The outgoing mail as admins see it. Without SMTP (the embedded default) mails wait here, and their links (such
 * as a sign-up verification) can be opened from this page.
 */
@Controller
class OutboxAdminController {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final MailOutbox outbox;

    OutboxAdminController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/correo")
    String list(Model model) {
        model.addAttribute("mails", outbox.recent(200));
        return "admin/outbox";
    }

    @GetMapping("/admin/correo/{id}")
    String show(@PathVariable long id, Model model) {
        var mail = outbox.find(id).orElseThrow(() -> new NotFoundException("error.mail.notFound"));
        model.addAttribute("mail", mail);
        model.addAttribute("links", links(mail.text()));
        return "admin/outbox-mail";
    }

    private static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(text == null ? "" : text);
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }
}
