package org.parity.workflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
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
    @GetMapping("/api/me/tasks")
    List<TaskView> myTasks() {
        return queries.openFor(caller.get());
    }

    @PostMapping("/api/tasks/{id}")
    Object complete(@PathVariable String id, @RequestBody(required = false) JsonNode form) {
        return gateway.complete(id, caller.get(), form);
    }

    @PostMapping("/api/actions/{id}/withdrawal")
    ActionState withdraw(@PathVariable Long id, @Valid @RequestBody(required = false) Reason body) {
        return gateway.withdraw(id, caller.get(), body == null ? null : body.reason());
    }

    @PostMapping("/api/organisations/{org}/reporting-cycles")
    @ResponseStatus(HttpStatus.CREATED)
    Cycle startReportingCycle(@PathVariable String org, @Valid @RequestBody(required = false) CycleRequest body) {
        return new Cycle(gateway.startReportingCycle(
                caller.get(), org, body == null ? null : body.standard(), body == null ? null : body.year()));
    }

    record Reason(@WithdrawalReason String reason) {}

    record CycleRequest(
            @ReportingStandard String standard,

            @NotNull(message = "{cycle.validation.year}")
            @Min(value = 2000, message = "{cycle.validation.year}")
            @Max(value = 2100, message = "{cycle.validation.year}")
            Integer year) {}

    record Cycle(String cycle) {}
}
