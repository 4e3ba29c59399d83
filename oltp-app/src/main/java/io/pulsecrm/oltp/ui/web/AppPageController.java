package io.pulsecrm.oltp.ui.web;

import java.util.Locale;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the shell of the reps' UI for every client-side route under {@code /app}. The browser's
 * router (History API) owns those paths, so a reload or a shared link of {@code /app/leads/42}
 * must answer the same page. Paths whose segments contain a dot are the UI's own files
 * ({@code /app/js/main.js}) and are left to the static resource handler.
 */
@Controller
class AppPageController {

    /** After logging in the browser lands on {@code /}: the reps' home is the app. */
    @GetMapping("/")
    String home() {
        return "redirect:/app";
    }

    @GetMapping({"/app", "/app/", "/app/{a:[^.]+}", "/app/{a:[^.]+}/{b:[^.]+}", "/app/{a:[^.]+}/{b:[^.]+}/{c:[^.]+}",
            "/app/{a:[^.]+}/{b:[^.]+}/{c:[^.]+}/{d:[^.]+}"})
    String shell(Locale locale, CsrfToken csrf, Model model) {
        // Reading the token makes Spring Security send the XSRF-TOKEN cookie now, so the page's
        // first change (a POST) already carries a valid X-XSRF-TOKEN header.
        csrf.getToken();
        model.addAttribute("lang", UiLanguage.of(locale));
        return "app";
    }
}
