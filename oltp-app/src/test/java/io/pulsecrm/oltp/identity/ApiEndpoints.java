package io.pulsecrm.oltp.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every handler under /api/v1, one per method and path, walked from the application's request mappings. */
final class ApiEndpoints {

    /** Endpoints any authenticated caller (or, for login, anyone) may call: they act on the caller alone. */
    static final Set<String> OPEN = Set.of(
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/logout",
            "GET /api/v1/me",
            "POST /api/v1/me/password",
            "GET /api/v1/users/lookup");
    /** A caller's own notifications: any method below this prefix. */
    private static final String NOTIFICATIONS = "/api/v1/notifications";

    private ApiEndpoints() {
    }

    record Endpoint(String verb, String path, HandlerMethod handler, Set<MediaType> consumes) {

        String call() {
            return verb + " " + path;
        }

        /** On the open list: needs no permission (it may still name one). */
        boolean open() {
            return OPEN.contains(call()) || path.equals(NOTIFICATIONS) || path.startsWith(NOTIFICATIONS + "/");
        }

        RequiresPermission permission() {
            return handler.getMethodAnnotation(RequiresPermission.class);
        }

        boolean mutating() {
            return Set.of("POST", "PUT", "PATCH", "DELETE").contains(verb);
        }

        String describe() {
            return call() + " → " + handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
        }
    }

    static List<Endpoint> of(ApplicationContext context) {
        List<Endpoint> found = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> {
                    for (String path : paths(info)) {
                        if (path.startsWith("/api/v1/") || path.equals("/api/v1")) {
                            Set<String> verbs = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                                    : new TreeSet<>(info.getMethodsCondition().getMethods().stream().map(Enum::name).toList());
                            Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
                            verbs.forEach(verb -> found.add(new Endpoint(verb, path, method, consumes)));
                        }
                    }
                }));
        return found;
    }

    private static Set<String> paths(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }
}
