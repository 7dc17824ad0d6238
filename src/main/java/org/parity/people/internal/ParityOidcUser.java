package org.parity.people.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.parity.people.Caller;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in by single sign-on: the {@link Caller} Parity knows them as (name = their Parity
 * username), and the provider's ID token, which sign-out hands back to the provider. A pending person
 * holds one authority, {@link #PENDING}, and no role.
 */
public record ParityOidcUser(Caller caller, boolean pending, OidcIdToken idToken, OidcUserInfo userInfo)
        implements OidcUser, Serializable {

    public static final String PENDING = "PENDING_APPROVAL";

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (pending) {
            authorities.add(new SimpleGrantedAuthority(PENDING));
        } else {
            caller.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        }
        return authorities;
    }

    @Override
    public String getName() {
        return caller.username();
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }
}
