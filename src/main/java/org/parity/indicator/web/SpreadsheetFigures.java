package org.parity.indicator.web;

import java.io.InputStream;
import org.parity.common.SpreadsheetCsv;

/** An XLSX figures upload as CSV text (read by {@link SpreadsheetCsv}), its problems in the import's words. */
final class SpreadsheetFigures {

    private SpreadsheetFigures() {}

    static byte[] toCsv(InputStream xlsx, long maxCsvBytes) {
        try {
            return SpreadsheetCsv.firstSheet(xlsx, maxCsvBytes);
        } catch (SpreadsheetCsv.Unreadable e) {
            throw FigureReader.whole(
                    "file",
                    switch (e.problem()) {
                        case NO_SHEETS -> "the spreadsheet has no sheets";
                        case TOO_LARGE -> "the spreadsheet holds more than the upload limit allows: nothing was stored";
                        case UNREADABLE -> "not an XLSX spreadsheet we can read safely: nothing was stored";
                    });
        }
    }
}
