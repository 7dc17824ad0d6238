package org.parity.indicator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.audit.AuditLog;
import org.parity.common.Flag;
import org.parity.common.RowError;
import org.parity.indicator.internal.MeasurementEntity;
import org.parity.indicator.internal.MeasurementRepository;
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
 * 100,000-row import from raising 100,000 events. A figure measured for a unit (care group, division,
 * directorate, site) is its own series and raises no event: milestones follow the organisation's series.
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

    private final FigureChecks checks;
    private final MeasurementRepository measurements;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    MeasurementService(
            FigureChecks checks, MeasurementRepository measurements, AuditLog audit, ApplicationEventPublisher events) {
        this.checks = checks;
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
        FigureChecks.Checked checked = checks.check(organisationCode, rows, readErrors, actor, derived);
        if (!checked.errors().isEmpty()) {
            throw new FiguresRejectedException(checked.errors());
        }
        List<MeasurementEntity> stored = replaceOrInsert(organisationCode, checked.rows(), actor);
        publish(stored);
        return stored.stream().map(MeasurementEntity::view).toList();
    }

    /** What an import would store — computed values and flags — and every row's errors, storing nothing. */
    public record Preview(List<Measurement> rows, List<RowError> errors, int replacing) {

        public boolean acceptable() {
            return errors.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Preview preview(String organisationCode, List<FigureRow> rows, List<RowError> readErrors, String actor) {
        FigureChecks.Checked checked = checks.check(organisationCode, rows, readErrors, actor, false);
        Set<String> existing = measurements.existingOf(organisationCode).stream()
                .map(MeasurementRepository.Existing::key)
                .collect(Collectors.toSet());
        int replacing = (int) checked.rows().stream()
                .filter(m -> existing.contains(MeasurementEntity.key(m)))
                .count();
        return new Preview(checked.rows().stream().map(MeasurementEntity::view).toList(), checked.errors(), replacing);
    }

    /**
     * Seed loading: documents sometimes print the same figure twice, differently. The first one is
     * kept; every later one is recorded as a {@value #SOURCE_DISAGREES} flag on it.
     */
    @Transactional
    public int recordPublished(String organisationCode, List<FigureRow> rows, String actor) {
        FigureChecks.Catalogue catalogue = checks.catalogue(organisationCode);
        Map<String, MeasurementEntity> byKey = new LinkedHashMap<>();
        int stored = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<RowError> rowErrors = new ArrayList<>();
            MeasurementEntity m =
                    checks.prepare(organisationCode, rows.get(i), actor, catalogue, i + 1, rowErrors, false, false);
            if (!rowErrors.isEmpty()) {
                throw new FiguresRejectedException(List.of(rowErrors.get(0)));
            }
            MeasurementEntity first = byKey.get(MeasurementEntity.key(m));
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
            byKey.put(MeasurementEntity.key(m), m);
            stored++;
        }
        measurements.saveAll(byKey.values());
        return stored;
    }

    private List<MeasurementEntity> replaceOrInsert(
            String organisationCode, List<MeasurementEntity> prepared, String actor) {
        Map<String, MeasurementRepository.Existing> existing = new HashMap<>();
        for (MeasurementRepository.Existing e : measurements.existingOf(organisationCode)) {
            existing.put(e.key(), e);
        }
        List<Long> replaced = new ArrayList<>();
        for (MeasurementEntity m : prepared) {
            String key = MeasurementEntity.key(m);
            MeasurementRepository.Existing old = existing.get(key);
            if (old != null) {
                audit.record(AuditLog.Entry.of(actor, m.getOrganisationCode(), "MEASUREMENT", key, "FIGURE_REPLACED")
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
            for (MeasurementEntity m : prepared.subList(from, Math.min(prepared.size(), from + CHUNK))) {
                entityManager.persist(m);
            }
            entityManager.flush();
            entityManager.clear();
        }
        return prepared;
    }

    /** One event per series of this import, for the newest period the import gives it. */
    private void publish(List<MeasurementEntity> stored) {
        Map<String, MeasurementEntity> newest = new LinkedHashMap<>();
        for (MeasurementEntity m : stored) {
            if (m.getUnitId() != null) {
                continue; // milestones follow the organisation's series: a unit's figures never move them
            }
            String series = m.getOrganisationCode() + "|" + m.getIndicatorCode() + "|" + nz(m.getGroupCode()) + "|"
                    + nz(m.getBreakdown());
            newest.merge(series, m, (a, b) -> b.getPeriodYear() >= a.getPeriodYear() ? b : a);
        }
        for (MeasurementEntity m : newest.values()) {
            events.publishEvent(new IndicatorValueRecorded(
                    m.getOrganisationCode(),
                    m.getIndicatorCode(),
                    m.getPeriod(),
                    m.getGroupCode(),
                    m.getBreakdown(),
                    m.getValue()));
        }
    }

    private static boolean sameNumber(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
