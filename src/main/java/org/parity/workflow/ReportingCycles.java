package org.parity.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.parity.audit.AuditLog;
import org.parity.audit.AuditLog.Entry;
import org.parity.common.ConflictException;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.springframework.stereotype.Component;

/**
 * Starts an organisation's yearly reporting cycle ({@value ProcessGateway#REPORTING_PROCESS}) per
 * standard, with ORG:STANDARD:YEAR as business key; the EDI team of that organisation only.
 */
@Component
class ReportingCycles {

    private final RuntimeService runtime;
    private final OrganisationAccess access;
    private final AuditLog audit;

    ReportingCycles(RuntimeService runtime, OrganisationAccess access, AuditLog audit) {
        this.runtime = runtime;
        this.access = access;
        this.audit = audit;
    }

    /** Starts a cycle for a standard and year the gateway has checked; 409 when it is already running. */
    String start(Caller caller, String organisation, String standard, int year) {
        access.ediWork(caller, organisation, "starts its reporting cycle");
        String key = organisation + ":" + standard.toUpperCase() + ":" + year;
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessGateway.REPORTING_PROCESS)
                        .processInstanceBusinessKey(key)
                        .count()
                > 0) {
            throw new ConflictException("The reporting cycle " + key + " is already running");
        }
        runtime.createProcessInstanceByKey(ProcessGateway.REPORTING_PROCESS)
                .businessKey(key)
                .setVariables(Map.of(
                        ProcessVariables.ORGANISATION,
                        organisation,
                        ProcessVariables.STANDARD,
                        standard.toUpperCase(),
                        ProcessVariables.REPORT_YEAR,
                        year))
                .execute();
        audit.record(Entry.of(caller.username(), organisation, "REPORTING_CYCLE", key, "REPORTING_CYCLE_STARTED")
                .states(null, "STARTED"));
        return key;
    }
}
