package org.parity.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.parity.common.apidocs.ApiTags;
import org.parity.people.CalendarLinks;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.workflow.TaskCalendar;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's open tasks as a calendar: on the API (session, HTTP Basic or a personal API
 * token), and at the person's private subscription address for calendar programs that cannot sign in.
 * An address that is unknown, replaced or whose owner is disabled is a bare 404 (no body).
 */
@RestController
@Tag(name = ApiTags.TASKS)
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final TaskCalendar calendar;
    private final CalendarLinks links;
    private final CurrentCaller caller;

    CalendarFeedController(TaskCalendar calendar, CalendarLinks links, CurrentCaller caller) {
        this.calendar = calendar;
        this.links = links;
        this.caller = caller;
    }

    @Operation(
            summary = "The caller's open tasks as a calendar",
            description = "One all-day event per open task with a due date, on the day it falls due: what to do and"
                    + " for which action, links to the task and the action, a stable UID so that a refresh updates"
                    + " events. Not for board readers. Calendar programs that cannot sign in subscribe to the private"
                    + " address made on the Your account page instead.")
    @ApiResponse(
            responseCode = "200",
            description = "An iCalendar document",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @GetMapping("/api/me/calendar.ics")
    ResponseEntity<String> mine() {
        return feed(caller.get());
    }

    @GetMapping(CalendarLinks.PATH_PREFIX + "{secret}.ics")
    ResponseEntity<String> subscribed(@PathVariable String secret) {
        // unknown, replaced, malformed or its owner disabled: the same bare 404, which says nothing and echoes nothing
        return links.owner(secret)
                .map(this::feed)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<String> feed(Caller owner) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("parity-tasks.ics")
                                .build()
                                .toString())
                .body(calendar.feedFor(owner));
    }
}
