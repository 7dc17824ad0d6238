package org.parity.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.parity.plan.Action;
import org.parity.plan.ActionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one class that talks to the process engine. Each action's life is one instance of
 * {@value #ACTION_PROCESS} with the action id as business key and the organisation code as tenant;
 * the instance holds the action id and routing flags only, never business data.
 */
@Service
public class ProcessGateway {

    public static final String ACTION_PROCESS = "actionLifecycle";

    private static final Logger log = LoggerFactory.getLogger(ProcessGateway.class);

    private final RuntimeService runtime;
    private final ActionDirectory directory;

    ProcessGateway(RuntimeService runtime, ActionDirectory directory) {
        this.runtime = runtime;
        this.directory = directory;
    }

    /** Starts the action process of every action that is under way and has none yet. */
    public int startUnderWay(List<Long> actionIds) {
        int started = 0;
        for (Long id : actionIds) {
            Action action = directory.action(id);
            if (action.getStatus().isUnderWay() && !hasProcess(id)) {
                start(id, directory.organisationOf(id), true);
                started++;
            }
        }
        log.info("Started {} action processes", started);
        return started;
    }

    /** Starts the process of a new action at scope and sign-off. */
    public void startNew(Long actionId) {
        start(actionId, directory.organisationOf(actionId), false);
    }

    public boolean hasProcess(Long actionId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ACTION_PROCESS)
                .processInstanceBusinessKey(String.valueOf(actionId)).count() > 0;
    }

    private void start(Long actionId, String organisation, boolean underWay) {
        runtime.createProcessInstanceByKey(ACTION_PROCESS)
                .businessKey(String.valueOf(actionId))
                .setVariables(Map.of(ProcessVariables.ACTION_ID, actionId,
                        ProcessVariables.ORGANISATION, organisation,
                        ProcessVariables.UNDER_WAY, underWay))
                .execute();
    }
}
