package io.pulsecrm.oltp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.pulsecrm.oltp.org.PermissionCatalogue;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler under /api/v1 names the permission it needs, and that permission exists: a
 * forgotten or misspelt {@code @RequiresPermission} fails here, listing each offender as
 * "METHOD /path → Controller#method", whichever feature it belongs to.
 */
class EndpointPermissionsIT extends ApiIntegrationTest {

    /** Endpoints any authenticated caller (or, for login, anyone) may call: they act on the caller alone. */
    private static final Set<String> OPEN = Set.of(
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/logout",
            "GET /api/v1/me",
            "POST /api/v1/me/password",
            "GET /api/v1/users/lookup");
    /** A caller's own notifications: any method below this prefix. */
    private static final String NOTIFICATIONS = "/api/v1/notifications";

    @Autowired
    private ApplicationContext context;

    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        Map<String, RequestMappingHandlerMapping> mappings = context.getBeansOfType(RequestMappingHandlerMapping.class);
        mappings.values().forEach(mapping -> mapping.getHandlerMethods().forEach((info, method) -> {
            for (String path : paths(info)) {
                if (path.startsWith("/api/v1/") || path.equals("/api/v1")) {
                    Set<String> verbs = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                            : new TreeSet<>(info.getMethodsCondition().getMethods().stream().map(Enum::name).toList());
                    verbs.forEach(verb -> found.add(new Endpoint(verb, path, method)));
                }
            }
        }));
        return found;
    }

    private static Set<String> paths(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    record Endpoint(String verb, String path, HandlerMethod handler) {

        String call() {
            return verb + " " + path;
        }

        boolean open() {
            return OPEN.contains(call()) || path.equals(NOTIFICATIONS) || path.startsWith(NOTIFICATIONS + "/");
        }

        RequiresPermission permission() {
            return handler.getMethodAnnotation(RequiresPermission.class);
        }

        String describe() {
            return call() + " → " + handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
        }
    }

    @Test
    void theWalkFindsTheApi() {
        assertThat(endpoints()).extracting(Endpoint::call)
                .contains("GET /api/v1/opportunities", "POST /api/v1/users", "GET /api/v1/me", "POST /api/v1/auth/login");
    }

    @Test
    void everyEndpointUnderApiV1RequiresAPermissionUnlessItIsOnTheOpenList() {
        List<String> offenders = endpoints().stream()
                .filter(endpoint -> !endpoint.open() && endpoint.permission() == null)
                .map(Endpoint::describe).sorted().toList();
        assertThat(offenders)
                .as("endpoints without @RequiresPermission (reads need '<module>:view'); add one, or argue for the open list")
                .isEmpty();
    }

    @Test
    void everyRequiredPermissionIsInTheCatalogue() {
        List<String> unknown = endpoints().stream()
                .filter(endpoint -> endpoint.permission() != null
                        && !PermissionCatalogue.isKnown(endpoint.permission().value()))
                .map(endpoint -> endpoint.describe() + " requires unknown '" + endpoint.permission().value() + "'")
                .sorted().toList();
        assertThat(unknown).as("permissions no role can be granted (see GET /api/v1/permissions)").isEmpty();
    }

    @Test
    void theOpenListNamesOnlyEndpointsThatExist() {
        Set<String> calls = new TreeSet<>(endpoints().stream().map(Endpoint::call).toList());
        assertThat(calls).containsAll(OPEN);
    }
}
