package org.parity.workflow;

import org.parity.plan.ActionCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new action's process starts at scope and sign-off (the lead's SCOPE task) in the transaction that
 * creates the action: if the engine refuses, the action is not stored either. Synchronous on purpose,
 * unlike the after-commit listeners: an action without its process would wait for nobody. One of many
 * (a plan import) starts with the others just before the transaction commits, in batches that share an
 * engine command, which writes their rows together.
 */
@Component
class NewActionListener {

    private final ProcessGateway gateway;

    NewActionListener(ProcessGateway gateway) {
        this.gateway = gateway;
    }

    @EventListener
    public void on(ActionCreated event) {
        if (event.oneOfMany()) {
            gateway.startNewBeforeCommit(event.actionId());
        } else {
            gateway.startNew(event.actionId());
        }
    }
}
