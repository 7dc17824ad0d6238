package org.parity.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Input that cannot be accepted: 400, with every row/field error; nothing was changed. */
public class BadInputException extends ProblemException {

    private final List<RowError> errors;

    public BadInputException(String detail, List<RowError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String title() {
        return "Bad input";
    }

    @Override
    public List<RowError> errors() {
        return errors;
    }
}
