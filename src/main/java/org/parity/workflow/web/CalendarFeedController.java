package org.parity.workflow.web;

import java.nio.charset.StandardCharsets;
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
