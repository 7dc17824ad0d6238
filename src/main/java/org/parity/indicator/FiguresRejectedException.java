package org.parity.indicator;

import java.util.List;
import org.parity.common.BadInputException;
import org.parity.common.RowError;

/** An import with at least one bad row: nothing was stored, and every row error is listed. */
public class FiguresRejectedException extends BadInputException {

    public FiguresRejectedException(List<RowError> errors) {
        super(errors.size() + " row error(s): nothing was stored", errors);
    }

    public List<RowError> getErrors() {
        return errors();
    }
}
