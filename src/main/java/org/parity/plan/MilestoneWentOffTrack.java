package org.parity.plan;

import java.util.UUID;

/**
 * Published (after commit) when a new indicator value turns a milestone of an action off track:
 * the action's process then asks its lead for a recovery plan. Delivered at least once (the
 * publication registry delivers again what a node did not finish), so it carries its own id, by which
 * the listener recognises a second delivery.
 *
 * @param actionId    the action whose milestone went off track
 * @param milestoneId the milestone
 * @param indicator   the indicator code whose value was evaluated
 * @param period      the period of that value
 * @param value       the value that put it off track
 * @param eventId     this event's id (a random UUID), the same in every delivery; null only in events
 *                    stored before events had ids
 */
public record MilestoneWentOffTrack(
        Long actionId, Long milestoneId, String indicator, String period, Double value, String eventId) {

    /** A new event with a new id. */
    public MilestoneWentOffTrack(Long actionId, Long milestoneId, String indicator, String period, Double value) {
        this(actionId, milestoneId, indicator, period, value, UUID.randomUUID().toString());
    }
}
