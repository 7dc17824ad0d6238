package org.parity.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.CalendarLinks;
import org.parity.people.Caller;
import org.parity.people.internal.ApiTokens;
import org.parity.people.internal.AppUserRepository;
import org.parity.workflow.TaskCalendar;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calendar feed: parsed back with ical4j, it holds exactly the person's open tasks that have a due
 * date, as the task read model has them (summary, day, UID, link); it answers a session, HTTP Basic or an
 * API token and refuses anyone else with 401; the private subscription address works with no credentials,
 * shows only its owner's tasks, stops at once when reset or when its owner is disabled, and an unknown
 * address is a bare "not found" that tells nothing apart.
 */
@ParityTest
class CalendarFeedTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskQueries tasks;

    @Autowired
    CalendarLinks links;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AppUserRepository users;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    Caller caller(String username) {
        return users.findByUsername(username).orElseThrow().toCaller();
    }

    /** The read model's answer: the person's open tasks with a due date, by their calendar UID. */
    Map<String, TaskView> expected(String username) {
        return tasks.openFor(caller(username)).stream()
                .filter(t -> t.due() != null)
                .collect(Collectors.toMap(t -> TaskCalendar.uid(t.id()), Function.identity()));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static Map<String, VEvent> events(String ics) throws Exception {
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        return events.stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity(), (a, b) -> {
                    throw new AssertionError("two events with the UID " + a.getUid());
                }));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    String feed(String username) throws Exception {
        return mvc.perform(get("/api/me/calendar.ics").with(httpBasic(username, "parity-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFeedHoldsOneAllDayEventPerOpenTaskWithADueDateAsTheReadModelHasThem() throws Exception {
        mvc.perform(get("/api/me/calendar.ics").with(httpBasic("lead@kmpt", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        String ics = feed("lead@kmpt");
        Map<String, TaskView> expected = expected("lead@kmpt");
        assertThat(expected)
                .as("lead@kmpt has open tasks with a due date in the seeds")
                .isNotEmpty();

        Calendar calendar = parse(ics);
        calendar.validate(); // ical4j's own RFC 5545 rules: throws on a broken calendar
        assertThat(calendar.getProperty("PRODID")).isPresent();
        assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");

        Map<String, VEvent> events = events(ics);
        assertThat(events.keySet()).isEqualTo(expected.keySet());
        for (Map.Entry<String, VEvent> entry : events.entrySet()) {
            TaskView task = expected.get(entry.getKey());
            VEvent event = entry.getValue();
            String kind = messages.getMessage("task.kind." + task.kind().name(), null, java.util.Locale.UK);
            assertThat(value(event, "SUMMARY"))
                    .isEqualTo(kind + ": " + (task.actionTitle() != null ? task.actionTitle() : task.title()));
            LocalDate due = task.due().atZone(LONDON).toLocalDate();
            Temporal start = event.getDateTimeStart().orElseThrow().getDate();
            Temporal end = event.getDateTimeEnd().orElseThrow().getDate();
            assertThat(start).as("an all-day event on the due day").isEqualTo(due);
            assertThat(end).isEqualTo(due.plusDays(1));
            assertThat(event.getDateTimeStart().orElseThrow().getParameter("VALUE"))
                    .map(Object::toString)
                    .contains("VALUE=DATE");
            assertThat(event.getDateStamp()).isPresent();
            assertThat(value(event, "URL")).isEqualTo("http://localhost:8080/tasks/" + task.id());
            if (task.actionId() != null) {
                assertThat(value(event, "DESCRIPTION"))
                        .contains(task.actionTitle())
                        .contains("http://localhost:8080/actions/" + task.actionId());
            }
        }
        assertThat(events.values())
                .extracting(e -> value(e, "SUMMARY"))
                .anySatisfy(s -> assertThat(s).startsWith("Submit progress update: "));

        // the UIDs do not change from one fetch to the next: a calendar updates its events, never duplicates them
        assertThat(events(feed("lead@kmpt")).keySet()).isEqualTo(events.keySet());
    }

    @Test
    void theApiFeedAnswersHttpBasicAndATokenAndRefusesEveryoneElseWith401() throws Exception {
        mvc.perform(get("/api/me/calendar.ics"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/me/calendar.ics").with(httpBasic("lead@kmpt", "wrong password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/calendar.ics").header("Authorization", "Bearer pty_unknown"))
                .andExpect(status().isUnauthorized());
        // a board reader reads issued reports only
        mvc.perform(get("/api/me/calendar.ics").with(httpBasic("board@kmpt", "parity-demo")))
                .andExpect(status().isForbidden());

        String token = tokens.create(caller("sponsor@kmpt"), "calendar test", 2).token();
        String ics = mvc.perform(get("/api/me/calendar.ics").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(events(ics).keySet()).isEqualTo(expected("sponsor@kmpt").keySet());
    }

    @Test
    void theSubscriptionAddressWorksWithoutCredentialsForItsOwnerOnlyUntilReset() throws Exception {
        String first = links.reset(caller("lead@kmpt"));
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_link where secret_hash = ?", Long.class, ApiTokens.hash(first)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from calendar_link where secret_hash = ?", Long.class, first))
                .as("the secret itself is never stored")
                .isZero();

        String ics = subscribed(first, 200);
        assertThat(events(ics).keySet()).isEqualTo(expected("lead@kmpt").keySet());

        // another person's address shows their tasks, never the lead's
        String sponsors = links.reset(caller("sponsor@kmpt"));
        Set<String> sponsorEvents = events(subscribed(sponsors, 200)).keySet();
        assertThat(sponsorEvents).isEqualTo(expected("sponsor@kmpt").keySet());
        assertThat(sponsorEvents)
                .doesNotContainAnyElementsOf(expected("lead@kmpt").keySet());

        // a reset stops the old address at once
        String second = links.reset(caller("lead@kmpt"));
        subscribed(first, 404);
        assertThat(events(subscribed(second, 200)).keySet())
                .isEqualTo(expected("lead@kmpt").keySet());
        assertThat(jdbc.queryForObject("select count(*) from calendar_link where username = 'lead@kmpt'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'CALENDAR_LINK' and subject_id ="
                                + " 'lead@kmpt' and event_type in ('CALENDAR_LINK_CREATED', 'CALENDAR_LINK_RESET')",
                        Long.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'CALENDAR_LINK' and subject_id ="
                                + " 'lead@kmpt' and event_type = 'CALENDAR_LINK_RESET'",
                        Long.class))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUnknownOrMalformedAddressIsNotFoundAndRevealsNothing() throws Exception {
        String unknown = randomSecret();
        String unknownPage = subscribed(unknown, 404);
        assertThat(unknownPage).isEmpty();
        // malformed or well-formed, never made or replaced: the same page, so nothing can be told apart
        assertThat(subscribed("not-a-secret", 404)).isEqualTo(unknownPage);
        assertThat(subscribed("x".repeat(500), 404)).isEqualTo(unknownPage);
        String replaced = links.reset(caller("edi@kings"));
        links.reset(caller("edi@kings"));
        assertThat(subscribed(replaced, 404)).isEqualTo(unknownPage);
        // and signing in does not turn a dead address into someone's feed
        mvc.perform(get(CalendarLinks.path(replaced)).with(httpBasic("edi@kings", "parity-demo")))
                .andExpect(status().isNotFound());
    }

    static String randomSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Test
    void aDisabledPersonsAddressStopsAndAnswersAgainWhenTheyAreEnabled() throws Exception {
        String secret = links.reset(caller("lead@ekhuft"));
        subscribed(secret, 200);
        jdbc.update("update app_user set enabled = false where username = 'lead@ekhuft'");
        try {
            assertThat(subscribed(secret, 404)).isEqualTo(subscribed(randomSecret(), 404));
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'lead@ekhuft'");
        }
        subscribed(secret, 200);
    }

    String subscribed(String secret, int status) throws Exception {
        var response = mvc.perform(get(CalendarLinks.path(secret)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse();
        if (status == 200) {
            assertThat(response.getContentType()).startsWith("text/calendar");
        }
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
