package org.parity.plan;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.common.Flag;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.Plan;
import org.parity.progress.Rag;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every plan, action, indicator link and milestone of one organisation in five queries, whatever the
 * number of actions: what reports read. Callers check the organisation is visible before asking.
 */
@Service
@Transactional(readOnly = true)
public class PlanSnapshots {

    private static final String ACTIONS_OF =
            "(select a2.id from Action a2, Plan p2 where a2.planId = p2.id" + " and p2.organisationCode = :org)";

    private final EntityManager entities;

    PlanSnapshots(EntityManager entities) {
        this.entities = entities;
    }

    public PlanSnapshot of(String organisationCode) {
        List<PlanFact> plans = entities
                .createQuery(
                        "select p from Plan p where p.organisationCode = :org"
                                + " order by p.standardCode, p.title, p.id",
                        Plan.class)
                .setParameter("org", organisationCode)
                .getResultList()
                .stream()
                .map(p -> new PlanFact(p.getId(), p.getTitle(), p.getStandardCode(), p.getPeriod()))
                .toList();
        Map<Long, Set<String>> links = entities
                .createQuery(
                        "select a.id, i from Action a join a.indicatorCodes i" + " where a.id in " + ACTIONS_OF
                                + " order by a.id, i",
                        Object[].class)
                .setParameter("org", organisationCode)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(r -> (String) r[1], Collectors.toCollection(LinkedHashSet::new))));
        Map<Long, List<MilestoneView>> milestones = entities
                .createQuery(
                        "select m from Milestone m where m.actionId in " + ACTIONS_OF
                                + " order by m.actionId, m.position, m.id",
                        Milestone.class)
                .setParameter("org", organisationCode)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        Milestone::getActionId, Collectors.mapping(MilestoneView::of, Collectors.toList())));
        Map<Long, List<ActionHia>> hias = entities
                .createQuery(
                        "select a.id, h.hiaCode, h.inferred, h.reason from Action a join a.hiaLinks h where a.id in "
                                + ACTIONS_OF + " order by a.id, h.hiaCode",
                        Object[].class)
                .setParameter("org", organisationCode)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> new ActionHia((String) r[1], (Boolean) r[2], (String) r[3]),
                                Collectors.toList())));
        List<ActionFact> actions = new ArrayList<>();
        for (Action a : entities.createQuery(
                        "select a from Action a where a.id in " + ACTIONS_OF + " order by a.planId, a.id", Action.class)
                .setParameter("org", organisationCode)
                .getResultList()) {
            actions.add(new ActionFact(
                    a.getId(),
                    a.getPlanId(),
                    a.getKey(),
                    a.getTitle(),
                    a.getLeadRole(),
                    a.getLeadUsername(),
                    a.getSponsorRole(),
                    a.getSponsorUsername(),
                    a.getStatus(),
                    a.getRag(),
                    a.getPercentComplete(),
                    a.getStart(),
                    a.getDue(),
                    a.getReviewCadence(),
                    List.copyOf(links.getOrDefault(a.getId(), Set.of())),
                    milestones.getOrDefault(a.getId(), List.of()),
                    List.copyOf(a.getFlags()),
                    hias.getOrDefault(a.getId(), List.of()),
                    a.getUnitId()));
        }
        return new PlanSnapshot(plans, actions);
    }

    /** One organisation's plans and actions as they stand. */
    public record PlanSnapshot(List<PlanFact> plans, List<ActionFact> actions) {}

    public record PlanFact(Long id, String title, String standard, String period) {}

    public record ActionFact(
            Long id,
            Long planId,
            String key,
            String title,
            String leadRole,
            String leadUsername,
            String sponsorRole,
            String sponsorUsername,
            ActionStatus status,
            Rag rag,
            Integer percentComplete,
            LocalDate start,
            LocalDate due,
            ReviewCadence cadence,
            List<String> indicators,
            List<MilestoneView> milestones,
            List<Flag> flags,
            List<ActionHia> highImpactActions,
            Long unitId) {}
}
