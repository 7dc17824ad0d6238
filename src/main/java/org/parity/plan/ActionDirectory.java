package org.parity.plan;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.parity.common.NotFoundException;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who leads and sponsors an action and which organisation owns it: what the process asks. */
@Service
@Transactional(readOnly = true)
public class ActionDirectory {

    private final ActionRepository actions;
    private final PlanRepository plans;

    ActionDirectory(ActionRepository actions, PlanRepository plans) {
        this.actions = actions;
        this.plans = plans;
    }

    public ActionBrief action(Long actionId) {
        return brief(entity(actionId));
    }

    private static ActionBrief brief(Action a) {
        return new ActionBrief(
                a.getId(),
                a.getPlanId(),
                a.getTitle(),
                a.getStatus(),
                a.getDue(),
                a.getReviewCadence(),
                a.getLeadUsername(),
                a.getSponsorUsername());
    }

    /**
     * These actions, read in one query (unknown ids are left out). Within the caller's transaction later
     * reads of the same actions, by {@link #action} or the lead and sponsor, are answered without a query,
     * which is what a bulk process start relies on.
     */
    public List<ActionBrief> actions(Collection<Long> actionIds) {
        return actions.findAllById(actionIds).stream()
                .map(ActionDirectory::brief)
                .toList();
    }

    private Action entity(Long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("action " + actionId));
    }

    public String organisationOf(Long actionId) {
        Action action = entity(actionId);
        return plans.findById(action.getPlanId())
                .orElseThrow(() -> new NotFoundException("plan " + action.getPlanId()))
                .getOrganisationCode();
    }

    /** The ids of every action under way (whose process should be running), in id order. */
    public List<Long> underWay() {
        return actions.idsWithStatus(Arrays.stream(ActionStatus.values())
                .filter(ActionStatus::isUnderWay)
                .toList());
    }

    public String leadOf(Long actionId) {
        return entity(actionId).getLeadUsername();
    }

    public String sponsorOf(Long actionId) {
        return entity(actionId).getSponsorUsername();
    }
}
