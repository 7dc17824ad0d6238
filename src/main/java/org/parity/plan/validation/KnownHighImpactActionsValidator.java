package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import org.parity.indicator.HighImpactActions;

/** Asks the catalogue of high impact actions; made by Spring, which passes it. */
class KnownHighImpactActionsValidator implements ConstraintValidator<KnownHighImpactActions, Collection<String>> {

    private final HighImpactActions catalogue;

    KnownHighImpactActionsValidator(HighImpactActions catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean isValid(Collection<String> codes, ConstraintValidatorContext context) {
        return codes == null || codes.stream().allMatch(c -> c != null && catalogue.exists(c));
    }
}
