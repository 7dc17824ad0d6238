package org.parity.indicator.web;

import org.parity.common.ProblemException;
import org.springframework.http.HttpStatus;

/** A whole import refused before its rows are read: too large (413) or not CSV/JSON (415). */
class ImportRefusedException extends ProblemException {

    private final HttpStatus status;
    private final String title;

    private ImportRefusedException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static ImportRefusedException tooLarge(long limit) {
        return new ImportRefusedException(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "Too large",
                "The upload is larger than the limit of " + limit + " bytes (" + (limit / (1024 * 1024))
                        + " MB, parity.import.max-bytes): nothing was stored. Split it into smaller files.");
    }

    static ImportRefusedException unsupported(String contentType, String expected) {
        return new ImportRefusedException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                "Expected " + expected + ", not '" + (contentType == null ? "no content type" : contentType)
                        + "': nothing was stored.");
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
