package org.parity.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parity.common.BadInputException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.indicator.internal.EqualityStandardRepository;
import org.parity.indicator.internal.IndicatorEntity;
import org.parity.indicator.internal.IndicatorRepository;
import org.parity.indicator.internal.PopulationGroupEntity;
import org.parity.indicator.internal.PopulationGroupRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators a caller may see: the national catalogue and their organisations' local indicators. */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

    private final IndicatorRepository indicators;
    private final EqualityStandardRepository standards;
    private final PopulationGroupRepository groups;

    IndicatorCatalogue(
            IndicatorRepository indicators, EqualityStandardRepository standards, PopulationGroupRepository groups) {
        this.indicators = indicators;
        this.standards = standards;
        this.groups = groups;
    }

    public List<Indicator> visible(String standard, Collection<String> organisationCodes) {
        List<IndicatorEntity> all;
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
                .map(IndicatorEntity::view)
                .toList();
    }

    public Indicator get(String code, Collection<String> organisationCodes) {
        return indicators
                .findById(code)
                .filter(i -> !i.isLocal() || organisationCodes.contains(i.getOrganisationCode()))
                .map(IndicatorEntity::view)
                .orElseThrow(() -> new NotFoundException("indicator " + code));
    }

    /** Any indicator by code, national or local, without a caller: for the process and the evaluator. */
    public Optional<Indicator> find(String code) {
        return code == null ? Optional.empty() : indicators.findById(code).map(IndicatorEntity::view);
    }

    public boolean exists(String code) {
        return indicators.existsById(code);
    }

    public Set<String> allCodes() {
        return indicators.allCodes();
    }

    public boolean standardExists(String code) {
        return standards.existsById(code);
    }

    public boolean groupExists(String code) {
        return groups.existsById(code);
    }

    /** Adds a population group to the catalogue (the seed loader). */
    @Transactional
    public void addGroup(String code, String dimension, String label) {
        groups.saveAndFlush(new PopulationGroupEntity(code, dimension, label));
    }

    /** Adds an indicator to the catalogue (the seed loader). */
    @Transactional
    public Indicator add(Indicator i) {
        return indicators
                .saveAndFlush(new IndicatorEntity(
                                i.code(),
                                i.standardCode(),
                                i.organisationCode(),
                                i.title(),
                                i.description(),
                                i.unit(),
                                i.polarity(),
                                i.groups(),
                                i.dataSource(),
                                i.breakdowns(),
                                i.inputs())
                        .ratingOnly(i.ratedGroups()))
                .view();
    }
}
