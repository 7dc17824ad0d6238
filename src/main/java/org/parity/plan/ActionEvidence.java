package org.parity.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parity.indicator.Indicator;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.indicator.Measurement;
import org.parity.indicator.MeasurementQueries;
import org.parity.people.Caller;
import org.parity.plan.PlanViews.ActionDetail;
import org.parity.plan.PlanViews.MilestoneView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator evidence beside an action: the latest value of each indicator it or its milestones
 * are linked to, per group, in its organisation (whole-organisation figures, no breakdowns).
 */
@Service
@Transactional(readOnly = true)
public class ActionEvidence {

    private final PlanQueries queries;
    private final MeasurementQueries measurements;
    private final IndicatorCatalogue indicators;

    ActionEvidence(PlanQueries queries, MeasurementQueries measurements, IndicatorCatalogue indicators) {
        this.queries = queries;
        this.measurements = measurements;
        this.indicators = indicators;
    }

    public List<IndicatorValue> latestValues(Caller caller, Long actionId) {
        ActionDetail action = queries.action(caller, actionId);
        Set<String> codes = new LinkedHashSet<>(action.indicators());
        action.milestones().stream()
                .map(MilestoneView::indicator)
                .filter(c -> c != null)
                .forEach(codes::add);
        List<IndicatorValue> values = new ArrayList<>();
        for (String code : codes) {
            List<Measurement> rows = measurements.of(action.organisation(), code, null).stream()
                    .filter(m -> m.breakdown() == null && m.value() != null)
                    .toList();
            if (rows.isEmpty()) {
                values.add(new IndicatorValue(code, title(code), null, null, null, null));
                continue;
            }
            int latestYear = rows.get(rows.size() - 1).periodYear();
            rows.stream()
                    .filter(m -> m.periodYear() == latestYear)
                    .map(m -> new IndicatorValue(
                            code,
                            title(code),
                            m.period(),
                            m.groupCode(),
                            m.value(),
                            indicators.find(code).map(i -> i.unit().name()).orElse(null)))
                    .forEach(values::add);
        }
        return values;
    }

    private String title(String code) {
        return indicators.find(code).map(Indicator::title).orElse(code);
    }

    /** One latest figure: null period and value when the organisation has none yet. */
    public record IndicatorValue(String code, String title, String period, String group, Double value, String unit) {}
}
