package org.parity.plan;

/**
 * Published synchronously, inside the writing transaction, each time a row of an action or of one of its
 * milestones has been inserted, updated or deleted (the database already holds the new row). Read models
 * of other modules that copy action facts (the workflow module's "My actions" order) rewrite their row for
 * the action from the database when they hear it, so they never lag behind the action.
 *
 * @param actionId the action written, or whose milestone was written
 */
public record ActionWritten(Long actionId) {}
