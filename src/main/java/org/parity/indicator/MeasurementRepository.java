package org.parity.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    List<Measurement> findByOrganisationCodeOrderByIndicatorCodeAscPeriodYearAscGroupCodeAscBreakdownAsc(
            String organisationCode);

    List<Measurement> findByOrganisationCodeAndIndicatorCodeOrderByPeriodYearAscGroupCodeAscBreakdownAsc(
            String organisationCode, String indicatorCode);

    Optional<Measurement> findByOrganisationCodeAndIndicatorCodeAndPeriodAndGroupCodeAndBreakdown(
            String organisationCode, String indicatorCode, String period, String groupCode, String breakdown);

    long countByOrganisationCode(String organisationCode);
}
