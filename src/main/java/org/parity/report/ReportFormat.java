package org.parity.report;

import java.util.List;
import java.util.Locale;
import org.parity.common.BadInputException;
import org.parity.common.RowError;

/** The documents a report renders to. CSV is a zip of one file per table. */
public enum ReportFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("application/zip", "zip");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException(
                    "unknown format '" + text + "'",
                    List.of(new RowError(0, "format", "expected one of html, pdf, xlsx, csv")));
        }
    }
}
