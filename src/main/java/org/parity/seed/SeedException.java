package org.parity.seed;

/** A malformed seed file: start-up stops with the file, the line and the problem. */
public class SeedException extends RuntimeException {

    public SeedException(String file, int line, String problem) {
        super("Seed file " + file + (line > 0 ? ", line " + line : "") + ": " + problem);
    }

    public SeedException(String file, int line, String problem, Throwable cause) {
        super("Seed file " + file + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
    }
}
