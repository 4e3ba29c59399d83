package io.pulsecrm.oltp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.pulsecrm.oltp.identity.ApiEndpoints.Endpoint;
import io.pulsecrm.oltp.org.PermissionCatalogue;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every handler under /api/v1 names the permission it needs, and that permission exists: a
 * forgotten or misspelt {@code @RequiresPermission} fails here, listing each offender as
 * "METHOD /path → Controller#method", whichever feature it belongs to.
 */
class EndpointPermissionsIT extends ApiIntegrationTest {

    @Autowired
    private ApplicationContext context;

    private List<Endpoint> endpoints() {
        return ApiEndpoints.of(context);
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
        assertThat(calls).containsAll(ApiEndpoints.OPEN);
    }
}
