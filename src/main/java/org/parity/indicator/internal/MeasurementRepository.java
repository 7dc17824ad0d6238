package org.parity.indicator.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeasurementRepository extends JpaRepository<MeasurementEntity, Long> {

    List<MeasurementEntity> findByOrganisationCodeOrderByIndicatorCodeAscPeriodYearAscGroupCodeAscBreakdownAsc(
            String organisationCode);

    List<MeasurementEntity> findByOrganisationCodeAndIndicatorCodeOrderByPeriodYearAscGroupCodeAscBreakdownAsc(
            String organisationCode, String indicatorCode);

    Optional<MeasurementEntity> findByOrganisationCodeAndIndicatorCodeAndPeriodAndGroupCodeAndBreakdown(
            String organisationCode, String indicatorCode, String period, String groupCode, String breakdown);

    List<MeasurementEntity> findByOrganisationCodeAndUnitIdOrderByIndicatorCodeAscPeriodYearAscGroupCodeAscBreakdownAsc(
            String organisationCode, Long unitId);

    long countByOrganisationCode(String organisationCode);

    /** The keys of an organisation's stored figures, read once per import instead of once per row. */
    @Query(
            "select new org.parity.indicator.internal.MeasurementRepository$Existing(m.id, m.organisationCode, m.indicatorCode,"
                    + " m.period, m.groupCode, m.breakdown, m.unitId, m.value, m.recordedBy, m.recordedAt)"
                    + " from Measurement m where m.organisationCode = :organisation")
    List<Existing> existingOf(@Param("organisation") String organisationCode);

    @Modifying(flushAutomatically = true)
    @Query("delete from Measurement m where m.id in :ids")
    int deleteByIds(@Param("ids") Collection<Long> ids);

    /** A stored figure's key and what an audit entry needs to say about it when it is replaced. */
    record Existing(
            Long id,
            String organisation,
            String indicator,
            String period,
            String group,
            String breakdown,
            Long unitId,
            Double value,
            String recordedBy,
            Instant recordedAt) {

        public String key() {
            return MeasurementEntity.key(organisation, indicator, period, group, breakdown, unitId);
        }
    }
}
