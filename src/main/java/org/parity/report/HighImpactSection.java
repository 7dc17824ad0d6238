package org.parity.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parity.indicator.HighImpactAction;
import org.parity.plan.PlanSnapshots.ActionFact;
import org.parity.report.BoardReport.HighImpactIndicator;
import org.parity.report.BoardReport.HighImpactProgress;
import org.parity.report.BoardReport.IndicatorRow;

/** Progress per high impact action: every one of the six, so that one no action serves shows as a gap. */
final class HighImpactSection {

    private HighImpactSection() {}

    static List<HighImpactProgress> progress(
            List<HighImpactAction> catalogue, List<ActionFact> actions, List<IndicatorRow> rows) {
        return catalogue.stream()
                .map(h -> {
                    List<ActionFact> serving = actions.stream()
                            .filter(a -> a.highImpactActions().stream()
                                    .anyMatch(l -> l.code().equals(h.code())))
                            .toList();
                    int inferred = (int) serving.stream()
                            .filter(a -> a.highImpactActions().stream()
                                    .anyMatch(l -> l.code().equals(h.code()) && l.inferred()))
                            .count();
                    BoardReport.Counts counts = ActionSection.counts(serving);
                    return new HighImpactProgress(
                            h.code(),
                            h.title(),
                            serving.size(),
                            inferred,
                            counts.byStatus(),
                            counts.byRag(),
                            h.indicators().stream()
                                    .map(code -> headline(code, rows))
                                    .flatMap(Optional::stream)
                                    .toList());
                })
                .toList();
    }

    /** The indicator's headline row (the group its first headline line names, no breakdown), when the report has it. */
    private static Optional<HighImpactIndicator> headline(String code, List<IndicatorRow> rows) {
        String group = Headlines.LINES.stream()
                .filter(l -> l.indicator().equals(code) && l.breakdown() == null)
                .findFirst()
                .map(Headlines.Line::group)
                .orElse(null);
        return rows.stream()
                .filter(r -> r.code().equals(code) && r.breakdown() == null && Objects.equals(r.group(), group))
                .findFirst()
                .map(r -> new HighImpactIndicator(
                        r.code(), r.group(), r.period(), r.suppressed() ? null : r.value(), r.unit(), r.status()));
    }
}
