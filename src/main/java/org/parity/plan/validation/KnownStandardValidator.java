package org.parity.plan.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.plan.PlanFields;

/** Asks the indicator catalogue; made by Spring, which passes it. */
class KnownStandardValidator implements ConstraintValidator<KnownStandard, String> {

    private final IndicatorCatalogue catalogue;

    KnownStandardValidator(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean isValid(String standard, ConstraintValidatorContext context) {
        String code = PlanFields.standardCode(standard);
        return code.matches("WRES|WDES|GPG|EDI") && catalogue.standardExists(code);
    }
}
