package org.parity.plan;

/** A plan that cannot be stored as given; {@code line} points into its source file where known (0 if not). */
public class InvalidPlanException extends RuntimeException {

    private final int line;

    public InvalidPlanException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int getLine() {
        return line;
    }
}
