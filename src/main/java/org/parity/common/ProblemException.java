package org.parity.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A failure with a meaning for the caller: its HTTP status, a title, and row/field errors for bad input. */
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String detail) {
        super(detail);
    }

    public abstract HttpStatus status();

    public abstract String title();

    public List<RowError> errors() {
        return List.of();
    }
}
