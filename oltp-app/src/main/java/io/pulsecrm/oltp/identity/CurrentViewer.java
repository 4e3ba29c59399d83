package io.pulsecrm.oltp.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller of the current request; features get it here rather than from Spring Security. */
@Component
public class CurrentViewer {

    /** The authenticated viewer; throws when the request is not authenticated (a wiring bug). */
    public Viewer get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ViewerAuthentication viewer) {
            return viewer.viewer();
        }
        throw new IllegalStateException("no authenticated viewer in this request");
    }
}
