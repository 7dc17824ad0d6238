package org.parity.common;

import org.springframework.http.HttpStatus;

/** Something does not exist, or the caller may not know that it does: both answer 404. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what) {
        super("Not found: " + what);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
