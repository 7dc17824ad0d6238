package org.parity.common.apidocs;

import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One problem document per status, as Parity writes it, to show beside each 4xx answer of the contract. */
final class ProblemExamples {

    private ProblemExamples() {}

    /** What an operation reads, which decides what its bad input looks like. */
    enum Input {
        /** Rows of an import (CSV): row errors, counted from the first data row. */
        ROWS,
        /** One JSON body: field errors of row 0. */
        BODY,
        /** Only the address: a path or query value of the wrong type. */
        ADDRESS;

        static Input of(RequestBody body) {
            if (body == null || body.getContent() == null) {
                return ADDRESS;
            }
            return body.getContent().containsKey("text/csv") ? ROWS : BODY;
        }
    }

    static Map<String, Object> of(int status, Input input) {
        return switch (status) {
            case 400 -> badInput(input);
            case 401 ->
                problem(401, "Not signed in", "Sign in, or send HTTP Basic credentials, to use the Parity API.", null);
            case 403 ->
                problem(
                        403,
                        "Not allowed",
                        "You are signed in but may not do this (a missing CSRF token is refused here too).",
                        null);
            case 404 -> problem(404, "Not found", "Not found: organisation kings", null);
            case 409 -> problem(409, "Conflict", "This task was completed or closed meanwhile", null);
            case 413 ->
                problem(
                        413,
                        "Too large",
                        "The upload is larger than the limit of 20971520 bytes (20 MB, parity.import.max-bytes): nothing"
                                + " was stored. Split it into smaller files.",
                        null);
            case 415 ->
                problem(
                        415,
                        "Unsupported media type",
                        "Expected text/csv or application/json, not 'text/plain': nothing was stored.",
                        null);
            default -> problem(status, "Error", "The request could not be answered", null);
        };
    }

    private static Map<String, Object> badInput(Input input) {
        return switch (input) {
            case ROWS ->
                problem(
                        400,
                        "Bad input",
                        "2 row error(s): nothing was stored",
                        List.of(
                                error(1, "value", "'seven point eight' is not a number"),
                                error(2, "indicator", "unknown indicator 'WDES99'")));
            case BODY ->
                problem(
                        400,
                        "Bad input",
                        "Some fields are not valid",
                        List.of(error(0, "expiresInDays", "Give a whole number of days from 1 to 366")));
            case ADDRESS -> problem(400, "Bad input", "'latest' is not a valid id", null);
        };
    }

    private static Map<String, Object> problem(int status, String title, String detail, List<Object> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        return problem;
    }

    private static Map<String, Object> error(int row, String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("row", row);
        error.put("field", field);
        error.put("message", message);
        return error;
    }
}
