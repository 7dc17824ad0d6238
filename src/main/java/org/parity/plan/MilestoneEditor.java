package org.parity.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.parity.common.NotFoundException;
import org.parity.people.Caller;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.plan.internal.Plan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What the EDI team of an organisation (and admins) change by hand in an action's milestones: add,
 * change and delete one. Unseen organisations are 404, other callers 403; fields that break their
 * constraints are refused before anything is read or written; an edit against an old version is a
 * conflict. A milestone measured on an indicator is evaluated again at once. Every change is audited.
 */
@Service
@Validated
public class MilestoneEditor {

    private final ActionRepository actions;
    private final MilestoneRepository milestones;
    private final MilestoneEvaluator evaluator;
    private final EditorSteps steps;

    MilestoneEditor(
            ActionRepository actions, MilestoneRepository milestones, MilestoneEvaluator evaluator, EditorSteps steps) {
        this.actions = actions;
        this.milestones = milestones;
        this.evaluator = evaluator;
        this.steps = steps;
    }

    /** Adds a milestone to the fields' action, last of its milestones. */
    @Transactional
    public Long addMilestone(Caller caller, @NotNull @Valid MilestoneFields f) {
        Long actionId = f.getActionId();
        Action action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("action " + actionId));
        Plan plan = steps.editablePlan(caller, action.getPlanId());
        int position = milestones.findByActionIdOrderByPosition(actionId).size() + 1;
        Milestone m = create(caller, plan, actionId, position, f);
        reevaluate(plan, m);
        return m.getId();
    }

    /**
     * Stores a milestone checked by its fields' constraints at this position of the action (of this plan,
     * which the caller edits: checked by whoever calls) and audits it; not evaluated yet. The one way a
     * new milestone is made, by hand or by an import.
     */
    Milestone create(Caller caller, Plan plan, Long actionId, int position, MilestoneFields f) {
        Milestone m = milestones.save(new Milestone(
                actionId,
                position,
                TypedText.clean(f.getTitle()),
                f.due(),
                TypedText.clean(f.getIndicator()),
                TypedText.clean(f.getGroup()),
                null,
                f.baselineValue(),
                MilestoneFields.period(f.getBaselinePeriod()),
                f.targetValue(),
                MilestoneFields.period(f.getTargetPeriod())));
        steps.record(
                caller,
                plan.getOrganisationCode(),
                "MILESTONE",
                m.getId(),
                "MILESTONE_ADDED",
                null,
                m.getStatus().name(),
                "action " + actionId + ": " + m.getTitle());
        return m;
    }

    /** Changes a milestone as typed; a stale form (another change since it was loaded) is refused. Returns the action's id. */
    @Transactional
    public Long updateMilestone(Caller caller, Long milestoneId, long version, @NotNull @Valid MilestoneFields f) {
        Milestone m = milestone(milestoneId);
        Plan plan = editablePlanOf(caller, m);
        EditorSteps.sameSubject(f.getActionId(), m.getActionId());
        EditorSteps.current(m.getVersion(), version);
        String before = m.getStatus().name();
        m.revise(
                TypedText.clean(f.getTitle()),
                f.due(),
                TypedText.clean(f.getIndicator()),
                TypedText.clean(f.getGroup()),
                f.baselineValue(),
                MilestoneFields.period(f.getBaselinePeriod()),
                f.targetValue(),
                MilestoneFields.period(f.getTargetPeriod()));
        milestones.saveAndFlush(m);
        steps.record(
                caller,
                plan.getOrganisationCode(),
                "MILESTONE",
                m.getId(),
                "MILESTONE_CHANGED",
                before,
                m.getStatus().name(),
                "action " + m.getActionId() + ": " + m.getTitle());
        reevaluate(plan, m);
        return m.getActionId();
    }

    /** Removes a milestone added by mistake; a stale form is refused. Returns the action's id. */
    @Transactional
    public Long deleteMilestone(Caller caller, Long milestoneId, long version) {
        Milestone m = milestone(milestoneId);
        Plan plan = editablePlanOf(caller, m);
        EditorSteps.current(m.getVersion(), version);
        milestones.delete(m);
        steps.record(
                caller,
                plan.getOrganisationCode(),
                "MILESTONE",
                m.getId(),
                "MILESTONE_DELETED",
                m.getStatus().name(),
                null,
                "action " + m.getActionId() + ": " + m.getTitle());
        return m.getActionId();
    }

    /** The action a milestone belongs to (404 when there is no such milestone; visibility is checked by the caller). */
    @Transactional(readOnly = true)
    public Long actionOfMilestone(Long milestoneId) {
        return milestone(milestoneId).getActionId();
    }

    @Transactional(readOnly = true)
    public long milestoneVersion(Long milestoneId) {
        return milestone(milestoneId).getVersion();
    }

    private Milestone milestone(Long milestoneId) {
        return milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
    }

    private Plan editablePlanOf(Caller caller, Milestone m) {
        Action action =
                actions.findById(m.getActionId()).orElseThrow(() -> new NotFoundException("milestone " + m.getId()));
        return steps.editablePlan(caller, action.getPlanId());
    }

    private void reevaluate(Plan plan, Milestone m) {
        if (m.getIndicatorCode() != null) {
            evaluator.reevaluate(plan.getOrganisationCode(), m.getIndicatorCode(), m.getGroupCode(), null);
        }
    }
}
