package org.parity.indicator;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads figures. Callers check the organisation is visible before asking. */
@Service
@Transactional(readOnly = true)
public class MeasurementQueries {

    private final MeasurementRepository measurements;

    MeasurementQueries(MeasurementRepository measurements) {
        this.measurements = measurements;
    }

    public List<Measurement> of(String organisationCode, String indicator, String period) {
        List<Measurement> rows = indicator == null || indicator.isBlank()
                ? measurements.findByOrganisationCodeOrderByIndicatorCodeAscPeriodYearAscGroupCodeAscBreakdownAsc(organisationCode)
                : measurements.findByOrganisationCodeAndIndicatorCodeOrderByPeriodYearAscGroupCodeAscBreakdownAsc(
                        organisationCode, indicator.strip());
        if (period == null || period.isBlank()) {
            return rows;
        }
        return rows.stream().filter(m -> m.getPeriod().equals(period.strip())).toList();
    }
}
