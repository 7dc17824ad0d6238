package org.parity.workflow;

import org.parity.plan.ActionDirectory;
import org.parity.plan.ReviewCadence;
import org.springframework.stereotype.Component;

/** Durations the process model takes from our data, never from literals: {@code ${schedule.updateInterval(actionId)}}. */
@Component("schedule")
public class Schedule {

    private final ActionDirectory directory;

    Schedule(ActionDirectory directory) {
        this.directory = directory;
    }

    /** ISO-8601 duration until the next progress update falls due (the action's review cadence). */
    public String updateInterval(Long actionId) {
        ReviewCadence cadence = directory.action(actionId).getReviewCadence();
        return (cadence == null ? ReviewCadence.QUARTERLY : cadence).isoDuration();
    }
}
