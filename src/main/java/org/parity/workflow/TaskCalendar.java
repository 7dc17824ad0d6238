package org.parity.workflow;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.parity.notification.Notifier;
import org.parity.people.Caller;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's open tasks as an iCalendar feed (RFC 5545), for their calendar program: one all-day event
 * per open task that has a due date, on the day it falls due in the workflow's zone. Each event says
 * what to do and for which action, links to the task's page, and keeps the task's id in its UID, so a
 * calendar that refreshes the feed updates the same event rather than adding another. Reads the task
 * read model once, however many tasks.
 */
@Service
@Transactional(readOnly = true)
public class TaskCalendar {

    /** The feed's media type. */
    public static final String MEDIA_TYPE = "text/calendar";

    static final String PRODUCT = "-//Parity//Open tasks//EN";

    private final TaskQueries tasks;
    private final Notifier links;
    private final MessageSource messages;
    private final WorkflowProperties properties;
    private final Clock clock;

    TaskCalendar(
            TaskQueries tasks, Notifier links, MessageSource messages, WorkflowProperties properties, Clock clock) {
        this.tasks = tasks;
        this.links = links;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The caller's open tasks with a due date, as the text of an iCalendar object. */
    public String feedFor(Caller caller) {
        Instant now = clock.instant();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", text("calendar.name", caller.displayName())));
        List<TaskView> open = tasks.openFor(caller);
        for (TaskView task : open) {
            if (task.due() != null) {
                calendar.add(event(task, now));
            }
        }
        StringWriter out = new StringWriter();
        try {
            // the events are checked by ical4j's validation in the tests; here a feed is written as it is
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(TaskView task, Instant now) {
        LocalDate day = task.due().atZone(properties.zone()).toLocalDate();
        VEvent event = new VEvent(day, day.plusDays(1), summary(task));
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(task.id())));
        if (task.created() != null) {
            event.add(new Created(task.created()));
        }
        String taskLink = links.link("/tasks/" + task.id());
        event.add(new Url(URI.create(taskLink)));
        event.add(new Description(description(task, taskLink)));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    /** The event of one task keeps this identifier for as long as the task exists. */
    public static String uid(String taskId) {
        return "task-" + taskId + "@parity";
    }

    /** What to do, in words, and for which action (or, for a reporting step, the task's own title). */
    String summary(TaskView task) {
        String what = text("task.kind." + task.kind().name());
        String subject = task.actionTitle() != null ? task.actionTitle() : task.title();
        return subject == null || subject.isBlank() ? what : what + ": " + subject;
    }

    private String description(TaskView task, String taskLink) {
        StringBuilder text = new StringBuilder(task.title());
        if (task.actionId() != null) {
            text.append("\n\n")
                    .append(text("calendar.action", task.actionTitle()))
                    .append("\n")
                    .append(links.link("/actions/" + task.actionId()));
        }
        text.append("\n\n").append(text("calendar.task")).append("\n").append(taskLink);
        return text.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
