package org.parity.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<IndicatorEntity, String> {

    /** Every indicator code in the catalogue (national and local). */
    @org.springframework.data.jpa.repository.Query("select i.code from Indicator i")
    java.util.Set<String> allCodes();

    List<IndicatorEntity> findByStandardCodeOrderByCode(String standardCode);
}
