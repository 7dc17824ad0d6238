package org.parity.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Friendly error pages for the browser: not found (or not visible) is 404, bad links 404 too; stale 409; refused or invalid 400. */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {
    // @RestController is meta-annotated with @Controller: API controllers are answered first by
    // ApiExceptionHandler, which runs before this one and applies to @RestController only.

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    /**
     * The last line behind the forms (which answer their own errors next to their fields, with the
     * form as typed): a stale page is a 409 and a refused change a 400, each saying why, never a 500.
     */
    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(Exception e) {
        ModelAndView page = new ModelAndView("error/409");
        if (e instanceof ConflictException conflict) {
            page.addObject("detail", conflict.getMessage());
        }
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }

    @ExceptionHandler(BadInputException.class)
    ModelAndView badInput(BadInputException e) {
        return refused(e.getMessage());
    }

    /** Input a service refused by its constraints (@Validated): a 400 saying what, like bad input, never a 500. */
    @ExceptionHandler(ConstraintViolationException.class)
    ModelAndView violated(ConstraintViolationException e) {
        return refused(e.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .collect(Collectors.joining("; ")));
    }

    private static ModelAndView refused(String detail) {
        ModelAndView page = new ModelAndView("error/400");
        page.addObject("detail", detail);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
