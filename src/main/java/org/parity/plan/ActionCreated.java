package org.parity.plan;

/**
 * Published inside the transaction that creates an action by hand (not one loaded from a document):
 * the action's process starts with it, so a new action never exists without its scope task.
 *
 * @param actionId     the new action, DRAFT
 * @param organisation the organisation whose plan it belongs to
 */
public record ActionCreated(Long actionId, String organisation) {}
