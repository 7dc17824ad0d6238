package org.parity.plan.web;

import java.util.List;

/** An action as the API gives it, with its approved progress updates (API.md). */
record ActionJson(
        Long id,
        String title,
        String plan,
        Long planId,
        String organisation,
        String theme,
        String lead,
        String leadRole,
        String sponsor,
        String sponsorRole,
        List<String> stakeholders,
        String status,
        String rag,
        Integer percentComplete,
        String start,
        String due,
        String reviewCadence,
        String timescale,
        String rationale,
        List<String> successMeasures,
        List<String> indicators,
        List<org.parity.plan.ActionHia> highImpactActions,
        List<String> listedUnder,
        List<org.parity.plan.PlanViews.MilestoneView> milestones,
        List<org.parity.common.Flag> flags,
        List<UpdateJson> updates) {
    static ActionJson of(org.parity.plan.PlanViews.ActionDetail a, List<UpdateJson> updates) {
        return new ActionJson(
                a.id(),
                a.title(),
                a.plan(),
                a.planId(),
                a.organisation(),
                a.theme(),
                a.lead(),
                a.leadRole(),
                a.sponsor(),
                a.sponsorRole(),
                a.stakeholders(),
                a.status().name(),
                a.rag() == null ? null : a.rag().name(),
                a.percentComplete(),
                a.start() == null ? null : a.start().toString(),
                a.due() == null ? null : a.due().toString(),
                a.reviewCadence() == null ? null : a.reviewCadence().name(),
                a.timescale(),
                a.rationale(),
                a.successMeasures(),
                a.indicators(),
                a.highImpactActions(),
                a.listedUnder(),
                a.milestones(),
                a.flags(),
                updates);
    }

    record UpdateJson(
            Long id,
            String author,
            String rag,
            Integer percentComplete,
            String narrative,
            String evidenceUrl,
            String status,
            String submittedAt,
            String decidedBy,
            String source) {
        static UpdateJson of(org.parity.progress.ProgressUpdate u) {
            return new UpdateJson(
                    u.id(),
                    u.author(),
                    u.rag() == null ? null : u.rag().name(),
                    u.percentComplete(),
                    u.narrative(),
                    u.evidenceUrl(),
                    u.status().name(),
                    u.submittedAt().toString(),
                    u.decidedBy(),
                    u.sourceDocument());
        }
    }
}
