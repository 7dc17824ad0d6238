package org.parity.workflow;

import org.parity.plan.ActionLifecycle;
import org.springframework.stereotype.Component;

/**
 * The withdrawal event sub-process's step ({@code ${withdrawal.confirm(actionId)}}): marks the action
 * WITHDRAWN. Through the API the reason is stored first and this changes nothing more; a message sent
 * straight to the engine (Cockpit, REST) withdraws it here.
 */
@Component("withdrawal")
public class Withdrawal {

    static final String ENGINE = "process engine";

    private final ActionLifecycle lifecycle;

    Withdrawal(ActionLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void confirm(Long actionId) {
        lifecycle.withdrawn(actionId, ENGINE, "Withdrawn through the process engine");
    }
}
