package org.parity.indicator;

import java.util.List;
import org.parity.indicator.internal.MeasurementEntity;
import org.parity.indicator.internal.MeasurementRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads figures. Callers check the organisation is visible before asking. Figures measured for a unit
 * (care group, division, directorate, site) form their own series: {@link #of} and {@link #latest} read
 * the organisation-wide series only, {@link #ofUnit} one unit's.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementQueries {

    private final MeasurementRepository measurements;

    MeasurementQueries(MeasurementRepository measurements) {
        this.measurements = measurements;
    }

    /**
     * The latest organisation-wide value of every series of one organisation (one per indicator, group and
     * breakdown), each what {@link #latest} answers for its series: one query for the organisation.
     */
    public List<Measurement> latestOfEachSeries(String organisationCode) {
        java.util.Map<List<String>, MeasurementEntity> latest = new java.util.LinkedHashMap<>();
        for (MeasurementEntity m :
                measurements.findByOrganisationCodeOrderByIndicatorCodeAscPeriodYearAscGroupCodeAscBreakdownAsc(
                        organisationCode)) {
            if (m.getValue() != null && m.getUnitId() == null) {
                // in period order within a series, so the last one put is the latest
                latest.put(
                        List.of(
                                m.getIndicatorCode(),
                                m.getGroupCode() == null ? "" : m.getGroupCode(),
                                m.getBreakdown() == null ? "" : m.getBreakdown()),
                        m);
            }
        }
        return latest.values().stream().map(MeasurementEntity::view).toList();
    }

    /**
     * The newest figure with a value of one series (organisation, indicator, group, breakdown; null
     * group or breakdown for none), by period.
     */
    public java.util.Optional<Measurement> latest(
            String organisationCode, String indicator, String group, String breakdown) {
        String g = group == null ? "" : group;
        String b = breakdown == null ? "" : breakdown;
        return measurements
                .findByOrganisationCodeAndIndicatorCodeOrderByPeriodYearAscGroupCodeAscBreakdownAsc(
                        organisationCode, indicator)
                .stream()
                .filter(m -> m.getValue() != null && m.getUnitId() == null)
                .filter(m -> g.equals(m.getGroupCode() == null ? "" : m.getGroupCode()))
                .filter(m -> b.equals(m.getBreakdown() == null ? "" : m.getBreakdown()))
                .reduce((first, second) -> second)
                .map(MeasurementEntity::view);
    }

    public List<Measurement> of(String organisationCode, String indicator, String period) {
        List<MeasurementEntity> rows = indicator == null || indicator.isBlank()
                ? measurements.findByOrganisationCodeOrderByIndicatorCodeAscPeriodYearAscGroupCodeAscBreakdownAsc(
                        organisationCode)
                : measurements.findByOrganisationCodeAndIndicatorCodeOrderByPeriodYearAscGroupCodeAscBreakdownAsc(
                        organisationCode, indicator.strip());
        return rows.stream()
                .filter(m -> m.getUnitId() == null)
                .filter(m -> period == null || period.isBlank() || m.getPeriod().equals(period.strip()))
                .map(MeasurementEntity::view)
                .toList();
    }

    /** Every figure measured for one unit of the organisation, by indicator, period, group and breakdown. */
    public List<Measurement> ofUnit(String organisationCode, long unitId) {
        return measurements
                .findByOrganisationCodeAndUnitIdOrderByIndicatorCodeAscPeriodYearAscGroupCodeAscBreakdownAsc(
                        organisationCode, unitId)
                .stream()
                .map(MeasurementEntity::view)
                .toList();
    }
}
