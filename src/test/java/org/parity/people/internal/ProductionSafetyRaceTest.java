package org.parity.people.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Several prod nodes starting together each create the first admin when they find none: the node that
 * loses the race on the unique username finds the admin and starts; any other failure still stops it.
 */
class ProductionSafetyRaceTest {

    final AppUserRepository users = mock(AppUserRepository.class);

    ProductionSafety safety() {
        return new ProductionSafety(
                users,
                new BCryptPasswordEncoder(4),
                "root-admin",
                "a-long-unguessable-secret",
                "another-long-secret",
                false);
    }

    @Test
    void aNodeThatLosesTheRaceToCreateTheFirstAdminCarriesOn() throws Exception {
        when(users.existsByUsername("root-admin")).thenReturn(false, true);
        when(users.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("duplicate key"));
        safety().run(new DefaultApplicationArguments());
        verify(users).saveAndFlush(any());
    }

    @Test
    void aFailureThatIsNotTheRaceStillStopsTheStart() {
        when(users.existsByUsername("root-admin")).thenReturn(false, false);
        when(users.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("value too long"));
        assertThatThrownBy(() -> safety().run(new DefaultApplicationArguments()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("value too long");
    }

    @Test
    void anExistingAdminIsLeftAlone() throws Exception {
        when(users.existsByUsername("root-admin")).thenReturn(true);
        safety().run(new DefaultApplicationArguments());
        verify(users, never()).saveAndFlush(any());
    }
}
