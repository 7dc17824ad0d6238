package org.parity.common;

import org.springframework.http.HttpStatus;

/** The thing changed since the caller saw it, or the step was already taken: 409. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
