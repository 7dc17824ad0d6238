package org.parity.people;

import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.parity.people.internal.ParityOidcUser;
import org.parity.people.internal.ParityUserDetails;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The one way into "who is signed in" for the rest of Parity. */
@Component
public class CurrentCaller {

    private final AppUserRepository users;

    CurrentCaller(AppUserRepository users) {
        this.users = users;
    }

    public Caller get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new org.springframework.security.access.AccessDeniedException("not signed in");
        }
        if (auth.getPrincipal() instanceof ParityUserDetails details) {
            return details.caller();
        }
        if (auth.getPrincipal() instanceof ParityOidcUser sso) {
            if (sso.pending()) {
                throw new org.springframework.security.access.AccessDeniedException("waiting for approval");
            }
            return sso.caller();
        }
        return users.findByUsername(auth.getName())
                .map(AppUser::toCaller)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("unknown user"));
    }
}
