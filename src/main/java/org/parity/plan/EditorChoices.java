package org.parity.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parity.common.NotFoundException;
import org.parity.indicator.Indicator;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.people.People;
import org.parity.people.Role;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the editor's fields may choose, for the forms' lists and the constraints that check them: the
 * people who may lead or sponsor in an organisation, the indicators it sees, the themes of a plan, and
 * which organisation a plan or action is of. No access is checked here: the editors check it.
 */
@Component
@Transactional(readOnly = true)
public class EditorChoices {

    /** The key of the per-transaction answers ({@link #perTransaction}). */
    private static final Object MEMO = new Object();

    /** A person who may be chosen as lead or sponsor. */
    public record Person(String username, String displayName) {}

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final ActionRepository actions;
    private final People users;
    private final IndicatorCatalogue catalogue;

    EditorChoices(
            PlanRepository plans,
            ThemeRepository themes,
            ActionRepository actions,
            People users,
            IndicatorCatalogue catalogue) {
        this.plans = plans;
        this.themes = themes;
        this.actions = actions;
        this.users = users;
        this.catalogue = catalogue;
    }

    /** The enabled people of the organisation with this role. */
    public List<Person> people(String organisation, Role role) {
        return perTransaction(
                "people:" + organisation + ":" + role,
                () -> users.inOrganisation(organisation).stream()
                        .filter(u -> u.enabled() && u.has(role))
                        .map(u -> new Person(u.username(), u.displayName()))
                        .toList());
    }

    /** Whether this username (as typed) is one of {@link #people}. */
    public boolean may(String organisation, Role role, String username) {
        String name = username == null ? "" : username.strip();
        return organisation != null
                && !name.isEmpty()
                && people(organisation, role).stream()
                        .anyMatch(p -> p.username().equals(name));
    }

    /** Whether the catalogue shows these indicators to the organisation (none are shown to no organisation). */
    public boolean areVisible(Collection<String> indicators, String organisation) {
        if (indicators.isEmpty()) {
            return true;
        }
        Set<String> visible = organisation == null
                ? Set.of()
                : perTransaction(
                        "visible:" + organisation,
                        () -> catalogue.visible(null, Set.of(organisation)).stream()
                                .map(Indicator::code)
                                .collect(Collectors.toUnmodifiableSet()));
        return visible.containsAll(indicators);
    }

    /**
     * The answer loaded once per transaction: a file of many rows (an import) is checked against the same
     * people and catalogue on every row, which would otherwise be read again for each. Outside a
     * transaction's synchronisation it is loaded every time.
     */
    @SuppressWarnings("unchecked")
    private <T> T perTransaction(String key, Supplier<T> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load.get();
        }
        Map<String, Object> memo = (Map<String, Object>) TransactionSynchronizationManager.getResource(MEMO);
        if (memo == null) {
            Map<String, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(MEMO, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MEMO);
                }
            });
            memo = fresh;
        }
        return (T) memo.computeIfAbsent(key, k -> load.get());
    }

    /** Whether the catalogue has this equality standard (code as stored, e.g. WRES). */
    public boolean standardExists(String code) {
        return perTransaction("standard:" + code, () -> catalogue.standardExists(code));
    }

    public boolean isThemeOf(Long themeId, Long planId) {
        return themeId != null
                && planId != null
                && themes.findById(themeId)
                        .filter(t -> t.getPlanId().equals(planId))
                        .isPresent();
    }

    public Optional<String> organisationOfPlan(Long planId) {
        return planId == null ? Optional.empty() : plans.findById(planId).map(p -> p.getOrganisationCode());
    }

    public Optional<String> organisationOfAction(Long actionId) {
        return actionId == null
                ? Optional.empty()
                : actions.findById(actionId).flatMap(a -> organisationOfPlan(a.getPlanId()));
    }

    /** The plan of an action: 404 when there is no such action (whether the caller sees it is the editors' to say). */
    public Long planOfAction(Long actionId) {
        return actions.findById(actionId)
                .map(a -> a.getPlanId())
                .orElseThrow(() -> new NotFoundException("action " + actionId));
    }
}
