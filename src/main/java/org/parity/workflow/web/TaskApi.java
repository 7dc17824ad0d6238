package org.parity.workflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionLifecycle.ActionState;
import org.parity.workflow.ProcessGateway;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.parity.workflow.validation.ReportingStandard;
import org.parity.workflow.validation.WithdrawalReason;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Worklists and task completion (API.md); every decision about who may do what is the gateway's. A task's
 * form is read and checked for the task's kind by the gateway (row 1 of its field errors, as before);
 * the withdrawal and the reporting cycle bodies are checked here ({@code @Valid}) and by the gateway.
 */
@RestController
@Tag(name = ApiTags.TASKS)
class TaskApi {

    private final ProcessGateway gateway;
    private final TaskQueries queries;
    private final CurrentCaller caller;

    TaskApi(ProcessGateway gateway, TaskQueries queries, CurrentCaller caller) {
        this.gateway = gateway;
        this.queries = queries;
        this.caller = caller;
    }

    /** The caller's open tasks: assigned to them, or offered to a group they are in (edi:ORG, sponsor:ORG). */
    @Operation(
            summary = "The caller's open tasks",
            description = "Assigned to them, or offered to a group they are in (the EDI team of their organisation,"
                    + " its sponsors); each with its kind, action and due date.")
    @GetMapping("/api/me/tasks")
    List<TaskView> myTasks() {
        return queries.openFor(caller.get());
    }

    @Operation(
            summary = "Complete a task with its form",
            description = "The form of the task's kind (see TaskForm). A task of an action answers the action's new"
                    + " state; a task of the yearly reporting cycle answers the cycle and its next open task. Only"
                    + " the task's person (or a member of its group) may complete it; a sponsor may not decide on"
                    + " their own update (four eyes).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = TaskFormJson.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "PROGRESS_UPDATE",
                                                        value = "{\"rag\": \"AMBER\", \"percentComplete\": 40,"
                                                                + " \"narrative\": \"Reverse mentoring cohort 2"
                                                                + " started; 12 pairs matched\", \"evidenceUrl\":"
                                                                + " \"https://intranet.example.nhs.uk/edi/mentoring\","
                                                                + " \"proposeCompletion\": false}"),
                                                @ExampleObject(
                                                        name = "SIGN_OFF (return)",
                                                        value = "{\"decision\": \"RETURN\", \"comment\": \"Add a"
                                                                + " measure for band 8a and above\"}"),
                                                @ExampleObject(
                                                        name = "EXTENSION_REQUEST",
                                                        value = "{\"newDue\": \"2027-03-31\", \"comment\":"
                                                                + " \"The staff survey results come in March\"}"),
                                                @ExampleObject(
                                                        name = "IMPACT_EVALUATION",
                                                        value = "{\"working\": \"PARTLY\", \"comment\": \"WRES2"
                                                                + " moved from 1.92 to 1.61\"}")
                                            })))
    @ApiResponse(
            responseCode = "200",
            description = "Completed: the action's new state, or the reporting cycle's",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema =
                                    @Schema(
                                            oneOf = {
                                                org.parity.plan.ActionLifecycle.ActionState.class,
                                                ProcessGateway.ReportingState.class
                                            })))
    @ApiResponse(responseCode = "400", description = "The form's field errors (row 1); nothing was changed")
    @ApiResponse(responseCode = "404", description = "No such open task, or not one the caller may see")
    @ApiResponse(responseCode = "409", description = "The task was completed or closed meanwhile")
    @PostMapping("/api/tasks/{id}")
    Object complete(
            @Parameter(description = "The task's id (from GET /api/me/tasks)") @PathVariable String id,
            @RequestBody(required = false) JsonNode form) {
        return gateway.complete(id, caller.get(), form);
    }

    @Operation(
            summary = "Withdraw an action",
            description = "Ends its process and closes its open tasks; the reason is kept on the action. The"
                    + " organisation's EDI team and admins only.")
    @ApiResponse(responseCode = "200", description = "Withdrawn: the action's new state")
    @ApiResponse(responseCode = "400", description = "No reason, or one breaking the text rule; nothing was changed")
    @ApiResponse(responseCode = "404", description = "No such action, or not one the caller may read")
    @ApiResponse(responseCode = "409", description = "The action's process has ended (completed or withdrawn)")
    @PostMapping("/api/actions/{id}/withdrawal")
    ActionState withdraw(
            @Parameter(description = "The action's id", example = "42") @PathVariable Long id,
            @Valid @RequestBody(required = false) Reason body) {
        return gateway.withdraw(id, caller.get(), body == null ? null : body.reason());
    }

    @Operation(
            summary = "Start the yearly reporting cycle of a standard",
            description = "Load figures, prepare the report, sponsor's sign-off, publish: each a task with its due"
                    + " date from the snapshot (31 March of the year). The organisation's EDI team and admins only.")
    @ApiResponse(responseCode = "201", description = "Started: the cycle's key")
    @ApiResponse(responseCode = "400", description = "An unknown standard or a year outside 2000-2100")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @ApiResponse(responseCode = "409", description = "That standard's cycle of that year is already running")
    @PostMapping("/api/organisations/{org}/reporting-cycles")
    @ResponseStatus(HttpStatus.CREATED)
    Cycle startReportingCycle(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org,
            @Valid @RequestBody(required = false) CycleRequest body) {
        return new Cycle(gateway.startReportingCycle(
                caller.get(), org, body == null ? null : body.standard(), body == null ? null : body.year()));
    }

    record Reason(
            @Schema(
                    description = "Why the action is withdrawn",
                    example = "Merged into the trust-wide reverse mentoring programme",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @WithdrawalReason
            String reason) {}

    record CycleRequest(
            @Schema(
                    allowableValues = {"WRES", "WDES", "GPG"},
                    example = "WRES",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @ReportingStandard
            String standard,

            @Schema(description = "The report year", example = "2026", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{cycle.validation.year}")
            @Min(value = 2000, message = "{cycle.validation.year}")
            @Max(value = 2100, message = "{cycle.validation.year}")
            Integer year) {}

    record Cycle(String cycle) {}
}
