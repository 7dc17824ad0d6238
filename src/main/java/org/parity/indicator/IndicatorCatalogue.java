package org.parity.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.parity.common.BadInputException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators a caller may see: the national catalogue and their organisations' local indicators. */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

    private final IndicatorRepository indicators;
    private final EqualityStandardRepository standards;

    IndicatorCatalogue(IndicatorRepository indicators, EqualityStandardRepository standards) {
        this.indicators = indicators;
        this.standards = standards;
    }

    public List<Indicator> visible(String standard, Collection<String> organisationCodes) {
        List<Indicator> all;
        if (standard == null || standard.isBlank()) {
            all = indicators.findAll(org.springframework.data.domain.Sort.by("standardCode", "code"));
        } else {
            String code = standard.strip().toUpperCase(Locale.ROOT);
            if (!standards.existsById(code)) {
                throw new BadInputException(
                        "unknown standard '" + standard + "'",
                        List.of(new RowError(0, "standard", "expected one of WRES, WDES, GPG, EDI")));
            }
            all = indicators.findByStandardCodeOrderByCode(code);
        }
        return all.stream()
                .filter(i -> !i.isLocal() || organisationCodes.contains(i.getOrganisationCode()))
                .toList();
    }

    public Indicator get(String code, Collection<String> organisationCodes) {
        return indicators
                .findById(code)
                .filter(i -> !i.isLocal() || organisationCodes.contains(i.getOrganisationCode()))
                .orElseThrow(() -> new NotFoundException("indicator " + code));
    }
}
