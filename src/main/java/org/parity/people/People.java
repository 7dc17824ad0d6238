package org.parity.people;

import java.util.List;
import java.util.Set;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works where: the people of an organisation as records, for choosing leads and addressing mail. */
@Service
@Transactional(readOnly = true)
public class People {

    private final AppUserRepository users;

    People(AppUserRepository users) {
        this.users = users;
    }

    /** Everyone of the organisation, enabled or not, by username. */
    public List<UserAccount> inOrganisation(String organisationCode) {
        return users.findByOrganisationCodeOrderByUsername(organisationCode).stream()
                .map(People::view)
                .toList();
    }

    static UserAccount view(AppUser u) {
        return new UserAccount(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getOrganisationCode(),
                u.getSystemCode(),
                u.isEnabled(),
                u.isDemo(),
                u.getLockedUntil(),
                Set.copyOf(u.getRoles()),
                u.getVersion(),
                u.getEmail(),
                u.isPending());
    }
}
