package org.parity.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problem details for every API failure, with row/field errors for bad input. A refusal
 * (AccessDeniedException) is left to Spring Security's handler, which audits it and answers 403.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        body.setTitle(e.title());
        if (!e.errors().isEmpty()) {
            body.setProperty("errors", e.errors());
        }
        return ResponseEntity.status(e.status()).body(body);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "Someone else changed this since you loaded it. Reload and try again.");
        body.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    /**
     * A body that is not the JSON asked for: not JSON at all, or a field of the wrong type (text where a
     * number belongs, 1.5 for a whole number, an array for a date). The field is named when Jackson knows it.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        body.setTitle("Bad input");
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(java.util.stream.Collectors.joining("."));
            String detail = mapping instanceof UnrecognizedPropertyException
                    ? "unknown field '" + field + "'"
                    : field + " has the wrong type or form";
            body.setDetail(detail);
            body.setProperty("errors", List.of(new RowError(0, field, detail)));
        } else {
            String detail = e.getCause() instanceof JsonProcessingException json
                    ? "not valid JSON: " + json.getOriginalMessage()
                    : "the body is missing or not readable";
            body.setDetail(detail);
            body.setProperty("errors", List.of(new RowError(0, "body", detail)));
        }
        return ResponseEntity.badRequest().body(body);
    }

    /** A body that breaks its constraints ({@code @Valid @RequestBody}): every field error, as the API names them. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        return invalid(fieldErrors(e.getBindingResult()));
    }

    /** Constraints on a controller method's parameters; a parameter that is an object gives its field errors. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<RowError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors objectErrors) {
                errors.addAll(fieldErrors(objectErrors));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors()
                        .forEach(error -> errors.add(new RowError(0, name, error.getDefaultMessage())));
            }
        }
        return invalid(errors);
    }

    /** Constraints a service checks itself (@Validated): named by the field or parameter they are on. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violated(ConstraintViolationException e) {
        return invalid(Violations.rowErrors(0, e.getConstraintViolations()));
    }

    private static List<RowError> fieldErrors(Errors result) {
        return result.getAllErrors().stream()
                .map(error -> new RowError(
                        0, error instanceof FieldError field ? field.getField() : "body", error.getDefaultMessage()))
                .toList();
    }

    /** 400 with the errors in a steady order (constraints are checked in no particular one). */
    private static ResponseEntity<ProblemDetail> invalid(List<RowError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid");
        body.setTitle("Bad input");
        body.setProperty(
                "errors",
                errors.stream()
                        .sorted(Comparator.comparing(RowError::field).thenComparing(RowError::message))
                        .toList());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName());
        body.setTitle("Bad input");
        body.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
    }
}
