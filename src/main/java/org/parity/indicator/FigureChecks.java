package org.parity.indicator;

import static org.parity.indicator.MeasurementService.PUBLISHED_MISMATCH;
import static org.parity.indicator.MeasurementService.RATIO_AS_PERCENT;
import static org.parity.indicator.MeasurementService.SMALL_NUMBER;
import static org.parity.indicator.MeasurementService.SMALL_NUMBERS;
import static org.parity.indicator.MeasurementService.WRITTEN_AS_PERCENT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.common.Flag;
import org.parity.common.RowError;
import org.parity.indicator.internal.IndicatorEntity;
import org.parity.indicator.internal.IndicatorRepository;
import org.parity.indicator.internal.MeasurementEntity;
import org.parity.indicator.internal.PopulationGroupRepository;
import org.parity.organisation.OrgUnits;
import org.springframework.stereotype.Component;

/**
 * Checks figure rows before anything is stored: the indicator exists and is the organisation's to
 * record, the period and group are known, a computed value comes from its inputs (a published value
 * that disagrees is flagged), the value is possible for the unit, and published-figure quirks are
 * flagged. Returns the figures to store and every row's errors; stores nothing itself.
 */
@Component
class FigureChecks {

    private final IndicatorRepository indicators;
    private final PopulationGroupRepository groups;
    private final OrgUnits units;

    FigureChecks(IndicatorRepository indicators, PopulationGroupRepository groups, OrgUnits units) {
        this.indicators = indicators;
        this.groups = groups;
        this.units = units;
    }

    /** The figures an import would store and the errors of its rows (with the reader's own errors). */
    record Checked(List<MeasurementEntity> rows, List<RowError> errors) {}

    Checked check(
            String organisationCode, List<FigureRow> rows, List<RowError> readErrors, String actor, boolean derived) {
        Catalogue catalogue = catalogue(organisationCode);
        Set<String> reported =
                readErrors.stream().map(e -> e.row() + "|" + e.field()).collect(Collectors.toSet());
        List<RowError> errors = new ArrayList<>(readErrors);
        List<MeasurementEntity> prepared = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            List<RowError> rowErrors = new ArrayList<>();
            MeasurementEntity m =
                    prepare(organisationCode, rows.get(i), actor, catalogue, rowNumber, rowErrors, true, derived);
            for (RowError e : rowErrors) {
                if (!reported.contains(e.row() + "|row")
                        && !reported.contains(e.row() + "|" + e.field())
                        && !reported.contains(e.row() + "|" + rootField(e.field()))) {
                    errors.add(e);
                }
            }
            if (m != null) {
                Integer first = seen.putIfAbsent(key(m), rowNumber);
                if (first != null) {
                    errors.add(new RowError(
                            rowNumber,
                            "indicator",
                            "the same indicator, period, group, breakdown and unit appear in row " + first
                                    + " of this import"));
                }
                prepared.add(m);
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return new Checked(prepared, errors);
    }

    /** The catalogue, the groups and the organisation's units, read once per import. */
    Catalogue catalogue(String organisationCode) {
        Map<String, IndicatorEntity> byCode = new HashMap<>();
        indicators.findAll().forEach(i -> byCode.put(i.getCode(), i));
        Set<String> groupCodes = new HashSet<>();
        groups.findAll().forEach(g -> groupCodes.add(g.getCode()));
        Map<String, Long> unitIds = new HashMap<>();
        units.of(organisationCode).forEach(u -> unitIds.put(u.code(), u.id()));
        return new Catalogue(byCode, groupCodes, unitIds);
    }

    /**
     * Checks one row, adding every error found to {@code errors}; returns the figure to store, or
     * null when the row is wrong. {@code strict} (imports, not seeds) also refuses a group on an
     * indicator that compares groups and has none.
     */
    MeasurementEntity prepare(
            String organisationCode,
            FigureRow row,
            String actor,
            Catalogue catalogue,
            int rowNumber,
            List<RowError> errors,
            boolean strict,
            boolean derived) {
        int before = errors.size();
        IndicatorEntity indicator = null;
        if (row.indicator() == null || row.indicator().isBlank()) {
            errors.add(new RowError(rowNumber, "indicator", "indicator is missing"));
        } else {
            indicator = catalogue.indicators().get(row.indicator().strip());
            if (indicator == null) {
                errors.add(new RowError(rowNumber, "indicator", "unknown indicator '" + row.indicator() + "'"));
            } else if (indicator.isLocal() && !indicator.getOrganisationCode().equals(organisationCode)) {
                errors.add(new RowError(
                        rowNumber,
                        "indicator",
                        "indicator " + indicator.getCode() + " belongs to another organisation"));
                indicator = null;
            }
        }
        Period period = null;
        try {
            period = Period.parse(row.period());
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(rowNumber, "period", e.getMessage()));
        }
        String group = row.group() == null ? "" : row.group().strip();
        if (!group.isEmpty() && !catalogue.groups().contains(group)) {
            errors.add(new RowError(rowNumber, "group", "unknown group '" + group + "'"));
        } else if (strict
                && !group.isEmpty()
                && indicator != null
                && indicator.getGroups().isEmpty()
                && Calculations.isComputed(indicator.getCode())) {
            errors.add(new RowError(
                    rowNumber,
                    "group",
                    indicator.getCode() + " compares groups and has no group: " + "leave the group empty"));
        }
        Long unitId = null;
        if (row.unit() != null) {
            unitId = catalogue.units().get(row.unit());
            if (unitId == null) {
                errors.add(new RowError(
                        rowNumber,
                        "unit",
                        "unknown unit '" + row.unit() + "': " + organisationCode + " has no unit of that code"
                                + (catalogue.units().isEmpty()
                                        ? " (it has no units yet)"
                                        : " (its units: "
                                                + String.join(
                                                        ", ",
                                                        new java.util.TreeSet<>(catalogue
                                                                .units()
                                                                .keySet())) + ")")));
            }
        }
        List<Flag> flags = new ArrayList<>(row.flags());
        boolean writtenAsPercent = flags.removeIf(f -> f.code().equals(WRITTEN_AS_PERCENT));
        Double value = row.value();
        Double published = row.value();
        Calculations.Interval interval = null;
        if (indicator != null && !row.inputs().isEmpty() && !derived) {
            try {
                value = Calculations.compute(indicator.getCode(), row.inputs());
                interval = Calculations.confidenceInterval(indicator.getCode(), row.inputs())
                        .orElse(null);
            } catch (InvalidFigureException e) {
                errors.add(new RowError(rowNumber, e.getField(), e.getMessage()));
            }
            if (value != null && published != null) {
                Optional<String> disagreement = Calculations.disagreement(published, value);
                if (disagreement.isPresent()
                        && flags.stream().noneMatch(f -> f.code().equals(PUBLISHED_MISMATCH))) {
                    flags.add(Flag.of(PUBLISHED_MISMATCH, disagreement.get()));
                } else if (disagreement.isPresent()) {
                    flags.replaceAll(f -> f.code().equals(PUBLISHED_MISMATCH)
                            ? Flag.of(
                                    PUBLISHED_MISMATCH, disagreement.get() + (f.note() == null ? "" : "; " + f.note()))
                            : f);
                }
            }
        } else if (value == null && flags.stream().noneMatch(f -> f.code().equals("SUPPRESSED"))) {
            errors.add(new RowError(rowNumber, "value", "give a value or the inputs it is computed from"));
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            errors.add(new RowError(rowNumber, "value", "value is not a finite number"));
        } else if (strict && value != null && indicator != null && !writtenAsPercent) {
            Optional<String> impossible = indicator.getUnit().impossible(value, indicator.getPolarity());
            if (impossible.isPresent()) {
                errors.add(
                        new RowError(rowNumber, "value", indicator.getCode() + " " + value + ": " + impossible.get()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        if (strict) {
            publishedFigureChecks(indicator, row, value, writtenAsPercent, flags);
        }
        MeasurementEntity m = new MeasurementEntity(
                organisationCode,
                indicator.getCode(),
                period,
                group,
                row.breakdown(),
                value,
                published,
                row.inputs(),
                row.source() == null ? indicator.getDataSource() : row.source(),
                row.document(),
                row.note(),
                flags,
                actor);
        if (interval != null) {
            m.setConfidenceInterval(interval);
        }
        m.setPublishedChange(row.publishedChange());
        m.setUnitId(unitId);
        return m;
    }

    /**
     * Published-figure checks of imports: a ratio written as a percentage (a value of 10 or more, or
     * written with a % sign) is flagged {@value #RATIO_AS_PERCENT}; a figure whose inputs count fewer
     * than {@value #SMALL_NUMBER} people is flagged {@value #SMALL_NUMBERS} so that reports suppress it.
     */
    private static void publishedFigureChecks(
            IndicatorEntity indicator, FigureRow row, Double value, boolean writtenAsPercent, List<Flag> flags) {
        if (indicator.getUnit() == Unit.RATIO
                && row.value() != null
                && (writtenAsPercent || Calculations.looksLikePercentage(row.value()))
                && flags.stream().noneMatch(f -> f.code().equals(RATIO_AS_PERCENT))) {
            flags.add(Flag.of(
                    RATIO_AS_PERCENT,
                    indicator.getCode() + " is a ratio (1.00 is parity) but "
                            + Calculations.plain(row.value()) + (writtenAsPercent ? "%" : "")
                            + " was given, which reads like a percentage"
                            + (row.inputs().isEmpty() && !writtenAsPercent
                                    ? " (" + Calculations.plain(row.value() / 100) + " meant?)"
                                    : "")));
        }
        List<String> small = row.inputs().entrySet().stream()
                .filter(e -> Calculations.isCount(e.getKey()) && e.getValue() != null && e.getValue() < SMALL_NUMBER)
                .map(e -> e.getKey() + " = " + Calculations.plain(e.getValue()))
                .toList();
        if (!small.isEmpty() && flags.stream().noneMatch(f -> f.code().equals(SMALL_NUMBERS))) {
            flags.add(Flag.of(
                    SMALL_NUMBERS,
                    "rests on fewer than " + SMALL_NUMBER + " staff or responses (" + String.join(", ", small)
                            + "): suppressed in reports"));
        }
    }

    private static String rootField(String field) {
        int dot = field == null ? -1 : field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    private static String key(MeasurementEntity m) {
        return MeasurementEntity.key(m);
    }

    /** The catalogue, the groups and the organisation's units (code to id) read once per import. */
    record Catalogue(Map<String, IndicatorEntity> indicators, Set<String> groups, Map<String, Long> units) {}
}
