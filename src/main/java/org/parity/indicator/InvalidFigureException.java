package org.parity.indicator;

/** A figure that cannot be stored: names the field at fault. */
public class InvalidFigureException extends RuntimeException {

    private final String field;

    public InvalidFigureException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
