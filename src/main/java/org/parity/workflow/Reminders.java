package org.parity.workflow;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parity.notification.Mail;
import org.parity.notification.Notifier;
import org.parity.people.People;
import org.parity.people.Role;
import org.parity.people.UserAccount;
import org.parity.plan.ActionDirectory;
import org.parity.workflow.internal.WorkflowTask;
import org.springframework.stereotype.Component;

/**
 * The e-mails the process models send from their timers
 * ({@code ${reminders.updateDueSoon(actionId, execution.processInstanceId)}}). Each is keyed by the
 * open task, the reminder kind and the task's due date, so a retried job never sends it twice.
 */
@Component("reminders")
public class Reminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final TaskList tasks;
    private final ActionDirectory directory;
    private final People users;
    private final Notifier notifier;
    private final WorkflowProperties properties;

    Reminders(
            TaskList tasks, ActionDirectory directory, People users, Notifier notifier, WorkflowProperties properties) {
        this.tasks = tasks;
        this.directory = directory;
        this.users = users;
        this.notifier = notifier;
        this.properties = properties;
    }

    public boolean updateDueSoon(Long actionId, String processInstanceId) {
        return notifier.send(updateMail(
                actionId,
                processInstanceId,
                "UPDATE_DUE_SOON",
                directory.leadOf(actionId),
                "Progress update due soon",
                "is due on %s."));
    }

    public boolean updateOverdue(Long actionId, String processInstanceId) {
        return notifier.send(updateMail(
                actionId,
                processInstanceId,
                "UPDATE_OVERDUE",
                directory.leadOf(actionId),
                "Progress update overdue",
                "was due on %s and is now overdue."));
    }

    /** After the grace period: the sponsor hears of it (the EDI team gets an OVERDUE_CHASE task). */
    public boolean updateEscalated(Long actionId, String processInstanceId) {
        return notifier.send(updateMail(
                actionId,
                processInstanceId,
                "UPDATE_ESCALATED",
                directory.sponsorOf(actionId),
                "Progress update still overdue",
                "was due on %s; the EDI team is chasing the lead."));
    }

    public boolean reportDueSoon(String organisation, String processInstanceId) {
        return notifier.send(reportMail(
                organisation, processInstanceId, "REPORT_DUE_SOON", List.of(Role.EDI), "Report publication due soon"));
    }

    public boolean reportOverdue(String organisation, String processInstanceId) {
        return notifier.send(reportMail(
                organisation,
                processInstanceId,
                "REPORT_OVERDUE",
                List.of(Role.EDI, Role.SPONSOR),
                "Report publication overdue"));
    }

    /**
     * A one-off task fell overdue: its assignee (or the group's members) and the organisation's EDI team
     * hear of it, once per task and due date.
     */
    boolean taskOverdue(WorkflowTask task) {
        List<UserAccount> people = users.inOrganisation(task.getOrganisation());
        Set<String> to = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            to.add(task.getAssignee());
        }
        String with = task.getAssignee() != null ? task.getAssignee() : groupName(task.getCandidateGroup());
        people.stream().filter(u -> u.has(Role.EDI)).map(UserAccount::username).forEach(to::add);
        String due = task.getDueAt() == null
                ? "(no date)"
                : DAY.format(task.getDueAt().atZone(properties.zone()));
        String about = task.getActionTitle() != null
                ? " for the action \"" + task.getActionTitle() + "\""
                : " for " + task.getBusinessKey();
        String body = "The task \"" + task.getTitle() + "\"" + about + " was due on " + due + " and is still open with "
                + with + ".\n\nThe task: " + notifier.link("/tasks/" + task.getId()) + "\n";
        return notifier.send(new Mail(
                task.getId() + ":TASK_OVERDUE:" + task.getDueAt(),
                task.getOrganisation(),
                List.copyOf(to),
                "[Parity] Task overdue: " + task.getTitle(),
                body));
    }

    private static String groupName(String group) {
        if (group == null) {
            return "nobody";
        }
        if (group.startsWith(Assignment.EDI)) {
            return "the EDI team of " + group.substring(Assignment.EDI.length());
        }
        if (group.startsWith(Assignment.SPONSORS)) {
            return "the sponsors of " + group.substring(Assignment.SPONSORS.length());
        }
        return group;
    }

    private Mail updateMail(
            Long actionId, String processInstanceId, String kind, String to, String subject, String sentence) {
        Optional<WorkflowTask> task = tasks.open(processInstanceId, TaskKind.PROGRESS_UPDATE);
        String due = task.map(WorkflowTask::getDueAt)
                .map(d -> DAY.format(d.atZone(properties.zone())))
                .orElse("(no date)");
        String title = directory.action(actionId).title();
        String body = "The progress update for the action \"" + title + "\" " + String.format(sentence, due) + "\n\n"
                + "Your tasks: " + notifier.link("/api/me/tasks")
                + task.map(t -> " (task " + t.getId() + ")").orElse("")
                + "\nThe action: " + notifier.link("/actions/" + actionId) + "\n";
        return new Mail(
                key(processInstanceId, kind, task),
                directory.organisationOf(actionId),
                to == null ? List.of() : List.of(to),
                "[Parity] " + subject + ": " + title,
                body);
    }

    private Mail reportMail(
            String organisation, String processInstanceId, String kind, List<Role> roles, String subject) {
        Optional<WorkflowTask> task = tasks.openOfProcess(processInstanceId);
        List<String> to = users.inOrganisation(organisation).stream()
                .filter(u -> roles.stream().anyMatch(u::has))
                .map(UserAccount::username)
                .toList();
        String body =
                "The report " + task.map(WorkflowTask::getBusinessKey).orElse(processInstanceId) + " is waiting at: "
                        + task.map(WorkflowTask::getTitle).orElse("(no open task)") + "\n\nTasks: "
                        + notifier.link("/api/me/tasks")
                        + "\n";
        return new Mail(key(processInstanceId, kind, task), organisation, to, "[Parity] " + subject, body);
    }

    private static String key(String processInstanceId, String kind, Optional<WorkflowTask> task) {
        return task.map(t -> t.getId() + ":" + kind + ":" + t.getDueAt()).orElse(processInstanceId + ":" + kind);
    }
}
