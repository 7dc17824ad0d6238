package org.parity.indicator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.audit.AuditLog;
import org.parity.common.Flag;
import org.parity.common.RowError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records figures: checks every row first and stores all or nothing. A computed indicator's value
 * comes from its inputs; a published value that disagrees with them is kept and flagged. A figure
 * for a series that already has one replaces it, with an audit entry holding both.
 *
 * <p>Bulk imports (100,000 rows in one request) stay fast because the catalogue, the groups and the
 * organisation's existing keys are read once per import, replaced figures are deleted in one
 * statement per thousand, and new figures are inserted in JDBC batches (ids from a sequence).
 *
 * <p>After storing, one {@link IndicatorValueRecorded} is published per series (organisation,
 * indicator, group, breakdown) of the import, for its newest period in the import: milestone
 * evaluation reads the series' latest value, so one event per series is enough and keeps a
 * 100,000-row import from raising 100,000 events.
 */
@Service
public class MeasurementService {

    public static final String PUBLISHED_MISMATCH = "PUBLISHED_MISMATCH";
    public static final String SOURCE_DISAGREES = "SOURCE_DISAGREES";
    /** A relative likelihood written as a percentage (118 for 1.18, or "1.18%"). */
    public static final String RATIO_AS_PERCENT = "RATIO_AS_PERCENT";
    /** A figure resting on fewer than {@value #SMALL_NUMBER} staff or responses: reports suppress it. */
    public static final String SMALL_NUMBERS = "SMALL_NUMBERS";

    public static final int SMALL_NUMBER = 10;
    /**
     * Set by a reader on a row whose value was written with a % sign; not stored, but turned into
     * {@value #RATIO_AS_PERCENT} when the indicator is a ratio.
     */
    public static final String WRITTEN_AS_PERCENT = "WRITTEN_AS_PERCENT";

    private static final int CHUNK = 1000;

    private final IndicatorRepository indicators;
    private final PopulationGroupRepository groups;
    private final MeasurementRepository measurements;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    MeasurementService(
            IndicatorRepository indicators,
            PopulationGroupRepository groups,
            MeasurementRepository measurements,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.indicators = indicators;
        this.groups = groups;
        this.measurements = measurements;
        this.audit = audit;
        this.events = events;
    }

    /** Stores every row or, when any row is wrong, none, throwing every row's error at once. */
    @Transactional
    public List<Measurement> record(String organisationCode, List<FigureRow> rows, String actor) {
        return record(organisationCode, rows, List.of(), actor);
    }

    /**
     * As {@link #record(String, List, String)}, with errors the caller already found while reading the
     * rows (a value that is not a number, say). They are reported together with the rows' own errors;
     * where the reader already reported a field of a row, the check of that field is not repeated.
     */
    @Transactional
    public List<Measurement> record(
            String organisationCode, List<FigureRow> rows, List<RowError> readErrors, String actor) {
        return store(organisationCode, rows, readErrors, actor, false);
    }

    /**
     * Stores figures computed here (the gender pay gap from pay records): each row's value is kept
     * as given and its inputs are stored beside it as the evidence it was computed from.
     */
    @Transactional
    public List<Measurement> recordDerived(String organisationCode, List<FigureRow> rows, String actor) {
        return store(organisationCode, rows, List.of(), actor, true);
    }

    private List<Measurement> store(
            String organisationCode, List<FigureRow> rows, List<RowError> readErrors, String actor, boolean derived) {
        Checked checked = check(organisationCode, rows, readErrors, actor, derived);
        if (!checked.errors().isEmpty()) {
            throw new FiguresRejectedException(checked.errors());
        }
        List<Measurement> stored = replaceOrInsert(organisationCode, checked.rows(), actor);
        publish(stored);
        return stored;
    }

    /** What an import would store — computed values and flags — and every row's errors, storing nothing. */
    public record Preview(List<Measurement> rows, List<RowError> errors, int replacing) {

        public boolean acceptable() {
            return errors.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Preview preview(String organisationCode, List<FigureRow> rows, List<RowError> readErrors, String actor) {
        Checked checked = check(organisationCode, rows, readErrors, actor, false);
        Set<String> existing = measurements.existingOf(organisationCode).stream()
                .map(MeasurementRepository.Existing::key)
                .collect(Collectors.toSet());
        int replacing = (int)
                checked.rows().stream().filter(m -> existing.contains(key(m))).count();
        return new Preview(checked.rows(), checked.errors(), replacing);
    }

    private record Checked(List<Measurement> rows, List<RowError> errors) {}

    private Checked check(
            String organisationCode, List<FigureRow> rows, List<RowError> readErrors, String actor, boolean derived) {
        Catalogue catalogue = catalogue();
        Set<String> reported =
                readErrors.stream().map(e -> e.row() + "|" + e.field()).collect(Collectors.toSet());
        List<RowError> errors = new ArrayList<>(readErrors);
        List<Measurement> prepared = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            List<RowError> rowErrors = new ArrayList<>();
            Measurement m =
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
                            "the same indicator, period, group and breakdown " + "appear in row " + first
                                    + " of this import"));
                }
                prepared.add(m);
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return new Checked(prepared, errors);
    }

    /**
     * Seed loading: documents sometimes print the same figure twice, differently. The first one is
     * kept; every later one is recorded as a {@value #SOURCE_DISAGREES} flag on it.
     */
    @Transactional
    public int recordPublished(String organisationCode, List<FigureRow> rows, String actor) {
        Catalogue catalogue = catalogue();
        Map<String, Measurement> byKey = new LinkedHashMap<>();
        int stored = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<RowError> rowErrors = new ArrayList<>();
            Measurement m = prepare(organisationCode, rows.get(i), actor, catalogue, i + 1, rowErrors, false, false);
            if (!rowErrors.isEmpty()) {
                throw new FiguresRejectedException(List.of(rowErrors.get(0)));
            }
            Measurement first = byKey.get(key(m));
            if (first != null) {
                if (!sameNumber(first.getValue(), m.getValue())) {
                    first.addFlag(Flag.of(
                            SOURCE_DISAGREES,
                            "document " + m.getDocument() + " gives "
                                    + m.getValue() + " where document " + first.getDocument() + " gives "
                                    + first.getValue()
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

    private Catalogue catalogue() {
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.findAll().forEach(i -> byCode.put(i.getCode(), i));
        Set<String> groupCodes = new HashSet<>();
        groups.findAll().forEach(g -> groupCodes.add(g.getCode()));
        return new Catalogue(byCode, groupCodes);
    }

    /**
     * Checks one row, adding every error found to {@code errors}; returns the figure to store, or
     * null when the row is wrong. {@code strict} (imports, not seeds) also refuses a group on an
     * indicator that compares groups and has none.
     */
    private Measurement prepare(
            String organisationCode,
            FigureRow row,
            String actor,
            Catalogue catalogue,
            int rowNumber,
            List<RowError> errors,
            boolean strict,
            boolean derived) {
        int before = errors.size();
        Indicator indicator = null;
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
        Measurement m = new Measurement(
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
        return m;
    }

    /**
     * Published-figure checks of imports: a ratio written as a percentage (a value of 10 or more, or
     * written with a % sign) is flagged {@value #RATIO_AS_PERCENT}; a figure whose inputs count fewer
     * than {@value #SMALL_NUMBER} people is flagged {@value #SMALL_NUMBERS} so that reports suppress it.
     */
    private static void publishedFigureChecks(
            Indicator indicator, FigureRow row, Double value, boolean writtenAsPercent, List<Flag> flags) {
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

    private List<Measurement> replaceOrInsert(String organisationCode, List<Measurement> prepared, String actor) {
        Map<String, MeasurementRepository.Existing> existing = new HashMap<>();
        for (MeasurementRepository.Existing e : measurements.existingOf(organisationCode)) {
            existing.put(e.key(), e);
        }
        List<Long> replaced = new ArrayList<>();
        for (Measurement m : prepared) {
            MeasurementRepository.Existing old = existing.get(key(m));
            if (old != null) {
                audit.record(AuditLog.Entry.of(actor, m.getOrganisationCode(), "MEASUREMENT", key(m), "FIGURE_REPLACED")
                        .states(String.valueOf(old.value()), String.valueOf(m.getValue()))
                        .detail("replaced " + old.value() + " (recorded by " + old.recordedBy() + " at "
                                + old.recordedAt() + ") with " + m.getValue()));
                replaced.add(old.id());
            }
        }
        for (int from = 0; from < replaced.size(); from += CHUNK) {
            measurements.deleteByIds(replaced.subList(from, Math.min(replaced.size(), from + CHUNK)));
        }
        for (int from = 0; from < prepared.size(); from += CHUNK) {
            for (Measurement m : prepared.subList(from, Math.min(prepared.size(), from + CHUNK))) {
                entityManager.persist(m);
            }
            entityManager.flush();
            entityManager.clear();
        }
        return prepared;
    }

    /** One event per series of this import, for the newest period the import gives it. */
    private void publish(List<Measurement> stored) {
        Map<String, Measurement> newest = new LinkedHashMap<>();
        for (Measurement m : stored) {
            String series = m.getOrganisationCode() + "|" + m.getIndicatorCode() + "|" + nz(m.getGroupCode()) + "|"
                    + nz(m.getBreakdown());
            newest.merge(series, m, (a, b) -> b.getPeriodYear() >= a.getPeriodYear() ? b : a);
        }
        for (Measurement m : newest.values()) {
            events.publishEvent(new IndicatorValueRecorded(
                    m.getOrganisationCode(),
                    m.getIndicatorCode(),
                    m.getPeriod(),
                    m.getGroupCode(),
                    m.getBreakdown(),
                    m.getValue()));
        }
    }

    private static String rootField(String field) {
        int dot = field == null ? -1 : field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    private static boolean sameNumber(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String key(Measurement m) {
        return key(m.getOrganisationCode(), m.getIndicatorCode(), m.getPeriod(), m.getGroupCode(), m.getBreakdown());
    }

    static String key(String organisation, String indicator, String period, String group, String breakdown) {
        return organisation + "|" + indicator + "|" + period + "|" + nz(group) + "|" + nz(breakdown);
    }

    private record Catalogue(Map<String, Indicator> indicators, Set<String> groups) {}
}
