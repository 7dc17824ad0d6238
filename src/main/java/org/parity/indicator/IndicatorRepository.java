package org.parity.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, String> {

    List<Indicator> findByStandardCodeOrderByCode(String standardCode);
}
