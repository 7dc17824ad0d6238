package org.parity.people.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.springframework.stereotype.Component;

/**
 * Passwords: at least 12 characters, not on the list of common passwords (nbvcxz's leaked-password
 * dictionary), and not guessable from its dictionaries and patterns (nbvcxz's minimum entropy).
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** Long enough for any passphrase; the estimator's work grows with the length. */
    public static final int MAXIMUM_LENGTH = 200;

    private final Nbvcxz estimator = new Nbvcxz();
    private final List<Dictionary> commonPasswords = ConfigurationBuilder.getDefaultDictionaries().stream()
            .filter(d -> d.getDictionaryName().toLowerCase(Locale.ROOT).contains("password"))
            .toList();

    /**
     * The reason this password is refused, as the key of its message in messages.properties (whose
     * {min} and {max} are the lengths above), or empty when it is acceptable. The
     * {@code @AcceptablePassword} constraint asks this.
     */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            return Optional.of("password.control");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.stream().anyMatch(d -> d.getDictonary().containsKey(lower))) {
            return Optional.of("password.common");
        }
        if (!estimator.estimate(password).isMinimumEntropyMet()) {
            return Optional.of("password.guessable");
        }
        return Optional.empty();
    }
}
