package org.parity.workflow;

import org.parity.plan.ActionDirectory;
import org.springframework.stereotype.Component;

/**
 * Task assignment as the process models ask it: {@code ${assignment.leadOf(actionId)}}. Candidate
 * groups are per organisation: {@code edi:ORG} (the EDI team) and {@code sponsor:ORG} (its sponsors).
 */
@Component("assignment")
public class Assignment {

    public static final String EDI = "edi:";
    static final String SPONSORS = "sponsor:";

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
        return ediTeamOfOrganisation(directory.organisationOf(actionId));
    }

    public String ediTeamOfOrganisation(String organisation) {
        return EDI + organisation;
    }

    /** The sponsors of an organisation (who sign off its reports for the board), as a candidate group. */
    public String sponsorsOf(String organisation) {
        return SPONSORS + organisation;
    }
}
