package io.resuelve.forms;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live coach of the ticket form: the form's subject, description, type and number of chosen files in, the
 * findings fragment out, in the viewer's language. Signed-in people only (the portal form needs an account), so no
 * anonymous caller can use it to burn CPU.
 */
@Controller
class QualityCoachController {

    private final QualityCoach coach;
    private final QualityTypes types;

    QualityCoachController(QualityCoach coach, QualityTypes types) {
        this.coach = coach;
        this.types = types;
    }

    @PostMapping("/tickets/nuevo/calidad")
    String findings(@RequestParam(defaultValue = "") String asunto, @RequestParam(defaultValue = "") String descripcion,
            @RequestParam(defaultValue = "") String tipo, @RequestParam(defaultValue = "0") int archivos,
            @RequestParam(name = "detalles", required = false) List<String> detalles, Locale locale, Model model) {
        List<String> details = detalles == null ? List.of()
                : detalles.stream().limit(30).map(d -> cut(d, QualityApiController.MAX_DESCRIPTION)).toList();
        model.addAttribute("qualityReport", coach.check(cut(asunto, QualityApiController.MAX_SUBJECT),
                cut(descripcion, QualityApiController.MAX_DESCRIPTION), types.code(tipo).orElse(null), locale,
                archivos, details));
        return "forms/coach :: findings(report=${qualityReport})";
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
