package org.parity.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.ActionLifecycle.ActionState;
import org.parity.plan.MilestoneWentOffTrack;
import org.parity.workflow.validation.ReportingStandard;
import org.parity.workflow.validation.WithdrawalReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The one way other modules (and the pages) reach the process engine. Each action's life is one
 * instance of {@value #ACTION_PROCESS} with the action id as business key and the organisation code as
 * tenant; each organisation's yearly report per standard is one {@value #REPORTING_PROCESS}. Instances
 * hold ids and routing flags only, never business data. Input is checked by its constraints before
 * anything happens ({@link TaskInput}, the withdrawal reason, the cycle's standard and year); the work
 * is done by {@link ProcessStarts}, {@link TaskCompletions}, {@link ActionMessages} and
 * {@link ReportingCycles}, each in the caller's transaction.
 */
@Service
@Validated
public class ProcessGateway {

    public static final String ACTION_PROCESS = "actionLifecycle";
    public static final String REPORTING_PROCESS = "reportingCycle";
    public static final String MILESTONE_OFF_TRACK = "milestoneOffTrack";
    public static final String ACTION_WITHDRAWN = "actionWithdrawn";

    private final ProcessStarts starts;
    private final TaskCompletions completions;
    private final ActionMessages messages;
    private final ReportingCycles cycles;

    ProcessGateway(ProcessStarts starts, TaskCompletions completions, ActionMessages messages, ReportingCycles cycles) {
        this.starts = starts;
        this.completions = completions;
        this.messages = messages;
        this.cycles = cycles;
    }

    /** Starts the process of every action under way that has none yet, in batches; answers how many started. */
    public int startUnderWay(List<Long> actionIds) {
        return starts.startUnderWay(actionIds);
    }

    /** Starts the process of a new action at scope and sign-off. */
    public void startNew(Long actionId) {
        starts.startNew(actionId);
    }

    /**
     * Starts the process of a new action at scope and sign-off just before the current transaction commits,
     * together with the others so started in it (many new actions: a plan import). A start that fails there
     * rolls the whole transaction back.
     */
    public void startNewBeforeCommit(Long actionId) {
        starts.startNewBeforeCommit(actionId);
    }

    /** Whether the action has a running process. */
    public boolean hasProcess(Long actionId) {
        return starts.hasProcess(actionId);
    }

    /** Starts the yearly reporting cycle of one organisation and standard; the EDI team of that organisation only. */
    @Transactional
    public String startReportingCycle(
            Caller caller,
            String organisation,
            @ReportingStandard String standard,
            @NotNull(message = "{cycle.validation.year}")
                    @Min(value = 2000, message = "{cycle.validation.year}")
                    @Max(value = 2100, message = "{cycle.validation.year}")
                    Integer year) {
        return cycles.start(caller, organisation, standard, year);
    }

    /**
     * Completes a task with its JSON form: 404 when the caller cannot see it, 409 when it is already
     * closed, 403 when it is not theirs (or four-eyes forbids), 400 naming every bad field of the form.
     * Answers the action's new state (or, for the reporting cycle, the cycle's).
     */
    @Transactional
    public Object complete(String taskId, Caller caller, JsonNode body) {
        return completions.complete(taskId, caller, body);
    }

    /** Completes a task with a form the page bound, checked by the same constraints as the JSON form. */
    @Transactional
    public Object complete(String taskId, Caller caller, @Valid @NotNull TaskInput input) {
        return completions.complete(taskId, caller, input);
    }

    /** The EDI team withdraws an action with a reason: its open tasks close and it shows as WITHDRAWN. */
    @Transactional
    public ActionState withdraw(Long actionId, Caller caller, @WithdrawalReason String reason) {
        return messages.withdraw(actionId, caller, reason);
    }

    /**
     * A linked milestone went off track: the action's process asks the lead for a recovery plan. A second
     * delivery of the same event (same event id) changes nothing and answers 0.
     */
    @Transactional
    public int milestoneOffTrack(MilestoneWentOffTrack event) {
        return messages.milestoneOffTrack(event);
    }

    /** The candidate groups a caller is in: edi:ORG for the EDI team, sponsor:ORG for sponsors. */
    static Set<String> groupsOf(Caller caller) {
        Set<String> groups = new LinkedHashSet<>();
        if (caller.organisationCode() != null) {
            if (caller.has(Role.EDI)) {
                groups.add(Assignment.EDI + caller.organisationCode());
            }
            if (caller.has(Role.SPONSOR)) {
                groups.add(Assignment.SPONSORS + caller.organisationCode());
            }
        }
        return groups;
    }

    /** Where a reporting cycle stands after a step. */
    public record ReportingState(String cycle, String organisation, TaskView next) {}
}
