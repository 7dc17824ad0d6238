package org.parity.people;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What a service call refused: each field (the last name on the violation's path) with its message. */
final class Refused {

    private Refused() {}

    /** Each refused field with its message, from what the call threw. */
    static Map<String, String> refusals(ThrowingCallable call) {
        ConstraintViolationException thrown = (ConstraintViolationException) assertThatThrownBy(call)
                .isInstanceOf(ConstraintViolationException.class)
                .actual();
        return thrown.getConstraintViolations().stream()
                .collect(Collectors.toMap(v -> last(v), ConstraintViolation::getMessage, (a, b) -> a + " / " + b));
    }

    private static String last(ConstraintViolation<?> violation) {
        String field = null;
        for (var node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        return field;
    }
}
