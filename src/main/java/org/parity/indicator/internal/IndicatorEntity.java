package org.parity.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.parity.common.LinesConverter;
import org.parity.indicator.Polarity;
import org.parity.indicator.Unit;

/** A measure of equality: national (WRES, WDES, GPG) or local to one organisation's plan. */
@Entity(name = "Indicator")
@Table(name = "indicator")
public class IndicatorEntity {

    @Id
    private String code;

    @Column(name = "standard_code")
    private String standardCode;

    @Column(name = "organisation_code")
    private String organisationCode;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private Polarity polarity;

    @Column(name = "compared_groups")
    @Convert(converter = LinesConverter.class)
    private List<String> groups = new ArrayList<>();

    @Column(name = "data_source")
    private String dataSource;

    @Convert(converter = LinesConverter.class)
    private List<String> breakdowns = new ArrayList<>();

    /** The groups the polarity speaks for (empty: all). */
    @Column(name = "rated_groups")
    @Convert(converter = LinesConverter.class)
    private List<String> ratedGroups = new ArrayList<>();

    @Convert(converter = LinesConverter.class)
    private List<String> inputs = new ArrayList<>();

    @Version
    private long version;

    protected IndicatorEntity() {}

    public IndicatorEntity(
            String code,
            String standardCode,
            String organisationCode,
            String title,
            String description,
            Unit unit,
            Polarity polarity,
            List<String> groups,
            String dataSource,
            List<String> breakdowns,
            List<String> inputs) {
        this.code = code;
        this.standardCode = standardCode;
        this.organisationCode = organisationCode;
        this.title = title;
        this.description = description;
        this.unit = unit;
        this.polarity = polarity;
        this.groups = new ArrayList<>(groups);
        this.dataSource = dataSource;
        this.breakdowns = new ArrayList<>(breakdowns);
        this.inputs = new ArrayList<>(inputs);
    }

    public String getCode() {
        return code;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Unit getUnit() {
        return unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public List<String> getGroups() {
        return groups;
    }

    public String getDataSource() {
        return dataSource;
    }

    public List<String> getInputs() {
        return inputs;
    }

    /** Which way is better for this group: the polarity, or NEUTRAL for a group the polarity does not speak for. */
    public Polarity polarityFor(String group) {
        if (ratedGroups.isEmpty() || group == null || ratedGroups.contains(group)) {
            return polarity;
        }
        return Polarity.NEUTRAL;
    }

    public IndicatorEntity ratingOnly(List<String> groups) {
        this.ratedGroups = new ArrayList<>(groups);
        return this;
    }

    public boolean isLocal() {
        return organisationCode != null;
    }

    public org.parity.indicator.Indicator view() {
        return new org.parity.indicator.Indicator(
                code,
                standardCode,
                organisationCode,
                title,
                description,
                unit,
                polarity,
                groups,
                dataSource,
                breakdowns,
                inputs,
                ratedGroups);
    }
}
