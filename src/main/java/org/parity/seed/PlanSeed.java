package org.parity.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parity.common.Flag;
import org.parity.plan.ActionStatus;
import org.parity.plan.InvalidPlanException;
import org.parity.plan.PlanDraft;
import org.parity.plan.PlanDraft.ActionDraft;
import org.parity.plan.PlanDraft.Item;
import org.parity.plan.PlanDraft.MilestoneDraft;
import org.parity.plan.PlanDraft.SeeAlso;
import org.parity.plan.PlanDraft.ThemeDraft;
import org.parity.plan.PlanService;
import org.parity.progress.ProgressService;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads plans/*.yaml. Seeded actions name roles, not people: the organisation's demo lead and
 * sponsor (lead@ORG, sponsor@ORG) lead and sponsor every one of them. Progress a document reports
 * becomes an approved update citing that document.
 */
@Component
class PlanSeed {

    private static final Set<String> PLAN_KEYS =
            Set.of("key", "organisation", "standard", "title", "period", "sources", "description", "themes", "flags");
    private static final Set<String> THEME_KEYS = Set.of(
            "title", "description", "objectives", "successMeasures", "timescale", "indicators", "progress", "actions");
    private static final Set<String> ACTION_KEYS = Set.of(
            "key",
            "title",
            "rationale",
            "leadRole",
            "sponsorRole",
            "stakeholders",
            "timescale",
            "successMeasures",
            "indicators",
            "unit",
            "status",
            "progress",
            "milestones",
            "flags");
    private static final Set<String> MILESTONE_KEYS = Set.of(
            "title", "due", "indicator", "group", "breakdown", "baseline", "baselinePeriod", "target", "targetPeriod");

    private final PlanService plans;
    private final ProgressService progress;

    PlanSeed(PlanService plans, ProgressService progress) {
        this.plans = plans;
        this.progress = progress;
    }

    /** Stores the plan and returns its action ids by key. */
    Map<String, Long> load(Resource file, Set<String> organisations, LocalDate today) {
        String name = SeedFiles.name(file);
        YamlNode root = YamlNode.parse(name, SeedFiles.reader(file)).allowOnly(PLAN_KEYS);
        String org = root.text("organisation");
        if (!organisations.contains(org)) {
            throw root.get("organisation").error("unknown organisation '" + org + "'");
        }
        List<String> sources = new ArrayList<>();
        for (YamlNode s : root.list("sources")) {
            s.allowOnly(Set.of("document", "location"));
            sources.add("Document " + s.text("document") + (s.has("location") ? ": " + s.optText("location") : ""));
        }
        List<ThemeDraft> themes = new ArrayList<>();
        List<ActionProgress> printedProgress = new ArrayList<>();
        String document = root.list("sources").isEmpty()
                ? null
                : root.list("sources").get(0).text("document");
        for (YamlNode t : root.list("themes")) {
            t.allowOnly(THEME_KEYS);
            List<Item> items = new ArrayList<>();
            for (YamlNode a : t.list("actions")) {
                if (a.has("see")) {
                    a.allowOnly(Set.of("see"));
                    items.add(new SeeAlso(a.text("see"), a.line()));
                } else {
                    a.allowOnly(ACTION_KEYS);
                    items.add(action(a, org));
                    if (!a.texts("progress").isEmpty()) {
                        printedProgress.add(new ActionProgress(a.text("key"), a.texts("progress")));
                    }
                }
            }
            themes.add(new ThemeDraft(
                    t.text("title"),
                    t.optText("description"),
                    t.texts("objectives"),
                    t.texts("successMeasures"),
                    t.optText("timescale"),
                    t.texts("indicators"),
                    t.optText("progress"),
                    items));
        }
        PlanDraft draft = new PlanDraft(
                root.text("key"),
                org,
                root.text("standard"),
                root.text("title"),
                root.optText("period"),
                root.optText("description"),
                sources,
                flags(root),
                themes);
        Map<String, Long> ids;
        try {
            ids = plans.create(draft, today, "seed");
        } catch (InvalidPlanException e) {
            throw new SeedException(name, e.getLine(), e.getMessage(), e);
        }
        for (ActionProgress p : printedProgress) {
            progress.recordPublished(ids.get(p.key()), p.statements(), document);
        }
        return ids;
    }

    private static ActionDraft action(YamlNode a, String org) {
        List<MilestoneDraft> milestones = new ArrayList<>();
        for (YamlNode m : a.list("milestones")) {
            m.allowOnly(MILESTONE_KEYS);
            milestones.add(new MilestoneDraft(
                    m.text("title"),
                    m.optDate("due"),
                    m.optText("indicator"),
                    m.optText("group"),
                    m.optText("breakdown"),
                    m.optNumber("baseline"),
                    m.optText("baselinePeriod"),
                    m.optNumber("target"),
                    m.optText("targetPeriod")));
        }
        ActionStatus status = a.has("status") ? CatalogueSeed.parse(ActionStatus.class, a, "status") : null;
        return new ActionDraft(
                a.text("key"),
                a.text("title"),
                a.optText("rationale"),
                a.optText("leadRole"),
                a.optText("sponsorRole"),
                "lead@" + org,
                "sponsor@" + org,
                a.texts("stakeholders"),
                a.optText("timescale"),
                a.texts("successMeasures"),
                a.texts("indicators"),
                a.optText("unit"),
                status,
                milestones,
                flags(a),
                a.line());
    }

    private static List<Flag> flags(YamlNode node) {
        List<Flag> flags = new ArrayList<>();
        for (YamlNode f : node.list("flags")) {
            f.allowOnly(Set.of("code", "note"));
            flags.add(Flag.of(f.text("code"), f.optText("note")));
        }
        return flags;
    }

    private record ActionProgress(String key, List<String> statements) {}
}
