package org.parity.people.internal;

import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ParityUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    ParityUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user =
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        boolean locked = user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now());
        return new ParityUserDetails(user.toCaller(), user.getPasswordHash(), user.isEnabled(), locked);
    }
}
