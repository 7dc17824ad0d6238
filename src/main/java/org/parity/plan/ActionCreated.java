package org.parity.plan;

/**
 * Published inside the transaction that creates an action by hand (not one loaded from a document):
 * the action's process starts with it, so a new action never exists without its scope task.
 *
 * @param actionId     the new action, DRAFT
 * @param organisation the organisation whose plan it belongs to
 * @param oneOfMany    the transaction creates many actions (a plan import): the process may start together
 *     with the others' at the end of the transaction, still before it commits, so a failed start still
 *     stores nothing
 */
public record ActionCreated(Long actionId, String organisation, boolean oneOfMany) {

    /** One action created on its own: its process starts at once. */
    public ActionCreated(Long actionId, String organisation) {
        this(actionId, organisation, false);
    }
}
