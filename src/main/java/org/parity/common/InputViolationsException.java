package org.parity.common;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.List;

/**
 * Bad input found by Bean Validation where a caller expects {@link BadInputException} (a service
 * checking what it is handed, a JSON form read by hand): each violation becomes a field error of the
 * one form ({@code row}), named by its property, in a steady order. Nothing was changed.
 */
public class InputViolationsException extends BadInputException {

    public InputViolationsException(String detail, int row, Collection<? extends ConstraintViolation<?>> violations) {
        this(detail, List.of(), row, violations);
    }

    /** With errors found before validation (e.g. a JSON value of the wrong type) listed first. */
    public InputViolationsException(
            String detail, List<RowError> earlier, int row, Collection<? extends ConstraintViolation<?>> violations) {
        super(detail, errors(earlier, row, violations));
    }

    private static List<RowError> errors(
            List<RowError> earlier, int row, Collection<? extends ConstraintViolation<?>> violations) {
        return java.util.stream.Stream.concat(earlier.stream(), Violations.rowErrors(row, violations).stream())
                .toList();
    }
}
