package io.pulsecrm.dashboards.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.ScopeGrant;
import io.pulsecrm.warehouse.query.ViewerGrants;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Viewers for the web tests, and a way to send a request as one of them without a real token. */
public final class TestViewers {

    private TestViewers() {
    }

    /** A super admin: every permission, every deal. */
    public static Viewer admin() {
        return admin(1, Instant.now().plusSeconds(3600));
    }

    public static Viewer admin(long userId, Instant validUntil) {
        return new Viewer(userId, UUID.randomUUID(), "管理员", validUntil,
                new ViewerGrants(List.of(ScopeGrant.of(DataScope.ALL)), Set.of(), true));
    }

    /** A signed-in user whose roles do not include dashboard:view. */
    public static Viewer withoutDashboardPermission() {
        return new Viewer(2, UUID.randomUUID(), "客服", Instant.now().plusSeconds(3600),
                new ViewerGrants(List.of(ScopeGrant.of(DataScope.DEPT)), Set.of("customer:view"), false));
    }

    public static RequestPostProcessor as(Viewer viewer) {
        Jwt token = Jwt.withTokenValue("test-token").header("alg", "RS256").subject(Long.toString(viewer.userId()))
                .claim("sid", viewer.sessionId().toString()).expiresAt(viewer.validUntil()).build();
        return authentication(new ViewerAuthentication(viewer, token));
    }
}
