package org.parity.indicator;

import java.util.List;

/** An import with at least one bad row: nothing was stored, and every row error is listed. */
public class FiguresRejectedException extends RuntimeException {

    private final List<RowError> errors;

    public FiguresRejectedException(List<RowError> errors) {
        super(errors.size() + " row error(s): nothing was stored");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> getErrors() {
        return errors;
    }
}
