package io.pulsecrm.oltp.identity.web;

import java.net.URI;

import io.pulsecrm.oltp.identity.IdentityProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; after logging in, the browser goes back where it came from if that is ours. */
@Controller
class LoginPageController {

    private final IdentityProperties properties;

    LoginPageController(IdentityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", safeNext(next));
        return "login";
    }

    /** Only our own paths and the trusted origins (dashboards): never an open redirect. */
    String safeNext(String next) {
        if (next == null || next.isBlank()) {
            return "/";
        }
        if (next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")) {
            return next;
        }
        try {
            URI uri = URI.create(next);
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            if (uri.getRawUserInfo() == null && properties.trustedRedirectOrigins().contains(origin)) {
                return next;
            }
        } catch (IllegalArgumentException e) {
            return "/";
        }
        return "/";
    }
}
