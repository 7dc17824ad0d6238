package org.parity.workflow;

import org.parity.plan.ActionDirectory;
import org.springframework.stereotype.Component;

/** Task assignment as the process model asks it: {@code ${assignment.leadOf(actionId)}}. */
@Component("assignment")
public class Assignment {

    private final ActionDirectory directory;

    Assignment(ActionDirectory directory) {
        this.directory = directory;
    }

    public String leadOf(Long actionId) {
        return directory.leadOf(actionId);
    }

    public String sponsorOf(Long actionId) {
        return directory.sponsorOf(actionId);
    }

    /** The EDI team of the action's organisation, as a candidate group. */
    public String ediTeamOf(Long actionId) {
        return "edi:" + directory.organisationOf(actionId);
    }
}
