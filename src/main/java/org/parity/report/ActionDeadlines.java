package org.parity.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanSnapshots.ActionFact;

/** Whether an action is late, as of the report's date: past its due date, or its progress update overdue. */
final class ActionDeadlines {

    private final LocalDate asOf;
    private final ZoneId zone;

    ActionDeadlines(LocalDate asOf, ZoneId zone) {
        this.asOf = asOf;
        this.zone = zone;
    }

    /** Neither complete nor withdrawn. */
    static boolean isOpen(ActionFact a) {
        return a.status() != ActionStatus.COMPLETE && a.status() != ActionStatus.WITHDRAWN;
    }

    boolean pastDue(ActionFact a) {
        return isOpen(a) && a.due() != null && a.due().isBefore(asOf);
    }

    /** An action in progress owes an update every review cadence, counted from its last one (or its start). */
    boolean updateOverdue(ActionFact a, Instant lastSubmitted) {
        if (a.status() != ActionStatus.IN_PROGRESS || a.cadence() == null) {
            return false;
        }
        LocalDate since = lastSubmitted != null ? LocalDate.ofInstant(lastSubmitted, zone) : a.start();
        return since != null && since.plus(a.cadence().interval()).isBefore(asOf);
    }
}
