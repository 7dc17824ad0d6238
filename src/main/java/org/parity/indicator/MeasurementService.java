package org.parity.indicator;

import org.parity.common.RowError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parity.audit.AuditLog;
import org.parity.common.Flag;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records figures: checks every row first and stores all or nothing. A computed indicator's value
 * comes from its inputs; a published value that disagrees with them is kept and flagged. A figure
 * for a series that already has one replaces it, with an audit entry holding both.
 */
@Service
public class MeasurementService {

    public static final String PUBLISHED_MISMATCH = "PUBLISHED_MISMATCH";
    public static final String SOURCE_DISAGREES = "SOURCE_DISAGREES";

    private final IndicatorRepository indicators;
    private final PopulationGroupRepository groups;
    private final MeasurementRepository measurements;
    private final AuditLog audit;

    MeasurementService(IndicatorRepository indicators, PopulationGroupRepository groups,
                       MeasurementRepository measurements, AuditLog audit) {
        this.indicators = indicators;
        this.groups = groups;
        this.measurements = measurements;
        this.audit = audit;
    }

    /** Stores every row or, when any row is wrong, none, throwing every row's error at once. */
    @Transactional
    public List<Measurement> record(String organisationCode, List<FigureRow> rows, String actor) {
        List<RowError> errors = new ArrayList<>();
        List<Measurement> prepared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            try {
                Measurement m = prepare(organisationCode, rows.get(i), actor);
                if (!seen.add(key(m))) {
                    errors.add(new RowError(rowNumber, "indicator", "the same indicator, period, group and breakdown "
                            + "appear twice in this import"));
                }
                prepared.add(m);
            } catch (InvalidFigureException e) {
                errors.add(new RowError(rowNumber, e.getField(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new FiguresRejectedException(errors);
        }
        List<Measurement> stored = new ArrayList<>(prepared.size());
        for (Measurement m : prepared) {
            stored.add(replaceOrInsert(m, actor));
        }
        return stored;
    }

    /**
     * Seed loading: documents sometimes print the same figure twice, differently. The first one is
     * kept; every later one is recorded as a {@value #SOURCE_DISAGREES} flag on it.
     */
    @Transactional
    public int recordPublished(String organisationCode, List<FigureRow> rows, String actor) {
        Map<String, Measurement> byKey = new HashMap<>();
        int stored = 0;
        for (int i = 0; i < rows.size(); i++) {
            Measurement m;
            try {
                m = prepare(organisationCode, rows.get(i), actor);
            } catch (InvalidFigureException e) {
                throw new FiguresRejectedException(List.of(new RowError(i + 1, e.getField(), e.getMessage())));
            }
            Measurement first = byKey.get(key(m));
            if (first != null) {
                if (!sameNumber(first.getValue(), m.getValue())) {
                    first.addFlag(Flag.of(SOURCE_DISAGREES, "document " + m.getDocument() + " gives "
                            + m.getValue() + " where document " + first.getDocument() + " gives " + first.getValue()
                            + (m.getNote() == null ? "" : " (" + m.getNote() + ")")));
                }
                continue;
            }
            byKey.put(key(m), m);
            stored++;
        }
        measurements.saveAll(byKey.values());
        return stored;
    }

    private Measurement prepare(String organisationCode, FigureRow row, String actor) {
        if (row.indicator() == null || row.indicator().isBlank()) {
            throw new InvalidFigureException("indicator", "indicator is missing");
        }
        Indicator indicator = indicators.findById(row.indicator().strip())
                .orElseThrow(() -> new InvalidFigureException("indicator", "unknown indicator '" + row.indicator() + "'"));
        if (indicator.isLocal() && !indicator.getOrganisationCode().equals(organisationCode)) {
            throw new InvalidFigureException("indicator", "indicator " + indicator.getCode()
                    + " belongs to another organisation");
        }
        Period period;
        try {
            period = Period.parse(row.period());
        } catch (IllegalArgumentException e) {
            throw new InvalidFigureException("period", e.getMessage());
        }
        String group = row.group() == null ? "" : row.group().strip();
        if (!group.isEmpty() && !groups.existsById(group)) {
            throw new InvalidFigureException("group", "unknown group '" + group + "'");
        }
        List<Flag> flags = new ArrayList<>(row.flags());
        Double value = row.value();
        Double published = row.value();
        if (!row.inputs().isEmpty()) {
            value = Calculations.compute(indicator.getCode(), row.inputs());
            if (published != null) {
                Optional<String> disagreement = Calculations.disagreement(published, value);
                if (disagreement.isPresent() && flags.stream().noneMatch(f -> f.code().equals(PUBLISHED_MISMATCH))) {
                    flags.add(Flag.of(PUBLISHED_MISMATCH, disagreement.get()));
                } else if (disagreement.isPresent()) {
                    flags.replaceAll(f -> f.code().equals(PUBLISHED_MISMATCH)
                            ? Flag.of(PUBLISHED_MISMATCH, disagreement.get() + (f.note() == null ? "" : "; " + f.note()))
                            : f);
                }
            }
        } else if (value == null && flags.stream().noneMatch(f -> f.code().equals("SUPPRESSED"))) {
            throw new InvalidFigureException("value", "give a value or the inputs it is computed from");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new InvalidFigureException("value", "value is not a finite number");
        }
        return new Measurement(organisationCode, indicator.getCode(), period, group, row.breakdown(), value,
                published, row.inputs(), row.source() == null ? indicator.getDataSource() : row.source(),
                row.document(), row.note(), flags, actor);
    }

    private Measurement replaceOrInsert(Measurement m, String actor) {
        Optional<Measurement> existing = measurements.findByOrganisationCodeAndIndicatorCodeAndPeriodAndGroupCodeAndBreakdown(
                m.getOrganisationCode(), m.getIndicatorCode(), m.getPeriod(), nz(m.getGroupCode()), nz(m.getBreakdown()));
        existing.ifPresent(old -> {
            audit.record(AuditLog.Entry.of(actor, m.getOrganisationCode(), "MEASUREMENT", key(m), "FIGURE_REPLACED")
                    .states(String.valueOf(old.getValue()), String.valueOf(m.getValue()))
                    .detail("replaced " + old.getValue() + " (recorded by " + old.getRecordedBy() + " at "
                            + old.getRecordedAt() + ") with " + m.getValue()));
            measurements.delete(old);
            measurements.flush();
        });
        return measurements.save(m);
    }

    private static boolean sameNumber(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String key(Measurement m) {
        return m.getOrganisationCode() + "|" + m.getIndicatorCode() + "|" + m.getPeriod() + "|" + nz(m.getGroupCode())
                + "|" + nz(m.getBreakdown());
    }
}
