package org.parity.report;

import java.time.LocalDate;
import java.util.List;
import org.parity.indicator.Indicator;
import org.parity.indicator.Measurement;
import org.parity.indicator.Polarity;
import org.parity.indicator.Unit;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneStatus;
import org.parity.plan.PlanSnapshots.ActionFact;
import org.parity.plan.PlanViews.MilestoneView;
import org.parity.plan.ReviewCadence;
import org.parity.progress.Rag;

/** Small actions, milestones, indicators and figures for the report sections' unit tests. */
final class ReportSectionsFixtures {

    private ReportSectionsFixtures() {}

    static ActionFact action(
            long id,
            ActionStatus status,
            Rag rag,
            LocalDate start,
            LocalDate due,
            List<String> indicators,
            MilestoneView... milestones) {
        return new ActionFact(
                id,
                1L,
                "a" + id,
                "Action " + id,
                "Head of EDI",
                "lead@trust",
                "Chief People Officer",
                null,
                status,
                rag,
                50,
                start,
                due,
                ReviewCadence.QUARTERLY,
                indicators,
                List.of(milestones),
                List.of(),
                List.of(),
                null);
    }

    static MilestoneView milestone(String title, MilestoneStatus status) {
        return new MilestoneView(null, title, null, null, null, null, null, null, null, null, status);
    }

    static Indicator indicator(String code, Polarity polarity) {
        return new Indicator(
                code,
                "WRES",
                null,
                "Indicator " + code,
                null,
                Unit.PERCENT,
                polarity,
                List.of("BAME", "WHITE"),
                "ESR",
                List.of(),
                List.of(),
                List.of());
    }

    static Measurement figure(String indicator, String period, int year, String group, Double value) {
        return new Measurement(
                null, "trust", indicator, period, year, group, null, null, value, null, null, "ESR", null, null, null,
                List.of(), null, null, null, null, null);
    }
}
