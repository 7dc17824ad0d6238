package org.parity.workflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.parity.people.CurrentCaller;
import org.parity.plan.ActionLifecycle.ActionState;
import org.parity.workflow.ProcessGateway;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Worklists and task completion (API.md); every decision about who may do what is the gateway's. */
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
    ActionState withdraw(@PathVariable Long id, @RequestBody(required = false) Reason body) {
        return gateway.withdraw(id, caller.get(), body == null ? null : body.reason());
    }

    @PostMapping("/api/organisations/{org}/reporting-cycles")
    @ResponseStatus(HttpStatus.CREATED)
    Cycle startReportingCycle(@PathVariable String org, @RequestBody(required = false) CycleRequest body) {
        return new Cycle(gateway.startReportingCycle(
                caller.get(), org, body == null ? null : body.standard(), body == null ? null : body.year()));
    }

    record Reason(String reason) {}

    record CycleRequest(String standard, Integer year) {}

    record Cycle(String cycle) {}
}
