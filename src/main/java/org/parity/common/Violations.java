package org.parity.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Bean Validation's violations as the row/field errors pages and problem details show. */
public final class Violations {

    private Violations() {}

    /** Each violation as an error of {@code row}, named by its field, in a steady order. */
    public static List<RowError> rowErrors(int row, Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new RowError(row, field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(RowError::field).thenComparing(RowError::message))
                .toList();
    }

    /** The last name on the path that is not a method's: the property, else the parameter. */
    public static String field(Path path) {
        String field = "body";
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() != ElementKind.METHOD) {
                field = node.getName();
            }
        }
        return field;
    }
}
