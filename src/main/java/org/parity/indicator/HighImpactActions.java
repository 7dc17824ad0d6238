package org.parity.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parity.indicator.HighImpactAction.SuccessMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The catalogue of high impact actions: national reference data that arrives with the schema and never
 * changes while Parity runs, so it is read once and kept.
 */
@Service
public class HighImpactActions {

    private final JdbcClient jdbc;
    private volatile List<HighImpactAction> all;

    HighImpactActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The six, in the plan's order. */
    public List<HighImpactAction> all() {
        List<HighImpactAction> known = all;
        if (known == null) {
            known = read();
            all = known;
        }
        return known;
    }

    public Optional<HighImpactAction> find(String code) {
        return all().stream().filter(h -> h.code().equals(code)).findFirst();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /**
     * The high impact actions an action moving these indicators serves, each with the reason in words
     * (an action meant to move WRES2 serves HIA 2 by its success measure 2a): what Parity infers when a document does not say.
     */
    public Map<String, String> inferredFrom(Collection<String> indicatorCodes) {
        Map<String, String> found = new LinkedHashMap<>();
        for (HighImpactAction h : all()) {
            List<String> reasons = new ArrayList<>();
            for (SuccessMeasure m : h.measures()) {
                List<String> moved =
                        m.indicators().stream().filter(indicatorCodes::contains).toList();
                if (!moved.isEmpty()) {
                    reasons.add(String.join(", ", moved) + " (success measure " + m.label() + ")");
                }
            }
            if (!reasons.isEmpty()) {
                found.put(h.code(), "Inferred by Parity: the action is meant to move " + String.join("; ", reasons));
            }
        }
        return found;
    }

    private List<HighImpactAction> read() {
        Map<String, List<SuccessMeasure>> measures = new LinkedHashMap<>();
        jdbc.sql("select hia_code, label, text, indicator_codes from high_impact_measure order by hia_code, position")
                .query(rs -> {
                    String codes = rs.getString("indicator_codes");
                    measures.computeIfAbsent(rs.getString("hia_code"), k -> new ArrayList<>())
                            .add(new SuccessMeasure(
                                    rs.getString("label"),
                                    rs.getString("text"),
                                    codes == null || codes.isBlank()
                                            ? List.of()
                                            : Arrays.stream(codes.split(";"))
                                                    .map(String::strip)
                                                    .toList()));
                });
        return jdbc.sql("select code, position, title, aim from high_impact_action order by position")
                .query((rs, n) -> new HighImpactAction(
                        rs.getString("code"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("aim"),
                        measures.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }
}
