package org.parity.plan;

/**
 * Published (after commit) when a new indicator value turns a milestone of an action off track:
 * the action's process then asks its lead for a recovery plan.
 *
 * @param actionId    the action whose milestone went off track
 * @param milestoneId the milestone
 * @param indicator   the indicator code whose value was evaluated
 * @param period      the period of that value
 * @param value       the value that put it off track
 */
public record MilestoneWentOffTrack(Long actionId, Long milestoneId, String indicator, String period, Double value) {}
