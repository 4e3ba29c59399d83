package io.pulsecrm.dashboards.access;

import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by oltp-app's token; its authorities are the viewer's permissions. */
final class ViewerAuthentication extends AbstractAuthenticationToken {

    private final Viewer viewer;
    private final Jwt token;

    ViewerAuthentication(Viewer viewer, Jwt token) {
        super(authorities(viewer));
        this.viewer = viewer;
        this.token = token;
        setAuthenticated(true);
    }

    private static Collection<? extends GrantedAuthority> authorities(Viewer viewer) {
        Stream<String> permissions = viewer.grants().permissions().stream();
        if (viewer.mayViewDashboards()) { // SUPER_ADMIN holds it without a row
            permissions = Stream.concat(permissions, Stream.of(Viewer.DASHBOARD_VIEW));
        }
        return permissions.distinct().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public Viewer getPrincipal() {
        return viewer;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return Long.toString(viewer.userId());
    }
}
