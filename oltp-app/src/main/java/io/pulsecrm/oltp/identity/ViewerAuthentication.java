package io.pulsecrm.oltp.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the verified token and the viewer it resolved to. */
public final class ViewerAuthentication extends AbstractAuthenticationToken {

    private final Viewer viewer;
    private final Jwt token;

    ViewerAuthentication(Viewer viewer, Jwt token) {
        super(viewer.superAdmin()
                ? java.util.List.of(new SimpleGrantedAuthority("ROLE_SUPER_ADMIN"))
                : viewer.permissions().stream().map(SimpleGrantedAuthority::new).toList());
        this.viewer = viewer;
        this.token = token;
        setAuthenticated(true);
    }

    public Viewer viewer() {
        return viewer;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return viewer;
    }

    @Override
    public String getName() {
        return Long.toString(viewer.userId());
    }
}
