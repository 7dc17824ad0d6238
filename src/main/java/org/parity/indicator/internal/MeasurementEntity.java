package org.parity.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parity.common.Flag;
import org.parity.common.FlagsConverter;
import org.parity.indicator.Calculations;
import org.parity.indicator.Period;

/**
 * One figure: an organisation's value of an indicator for a period, group and breakdown, with the
 * raw inputs it was computed from, where it came from, and any flags a reader must see.
 */
@Entity(name = "Measurement")
@Table(name = "measurement")
public class MeasurementEntity {

    /** From a sequence (not an identity column) so that bulk imports insert in JDBC batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measurement_seq")
    @SequenceGenerator(name = "measurement_seq", sequenceName = "measurement_seq", allocationSize = 100)
    private Long id;

    @Column(name = "organisation_code")
    private String organisationCode;

    @Column(name = "indicator_code")
    private String indicatorCode;

    private String period;

    @Column(name = "period_year")
    private int periodYear;

    /** Empty when the figure compares groups (a ratio or a gap) or covers everyone. */
    @Column(name = "group_code")
    private String groupCode = "";

    @Column(name = "breakdown")
    private String breakdown = "";

    @Column(name = "unit_id")
    private Long unitId;

    /** The unit's id, or 0 for an organisation-wide figure: part of the unique key (nulls would not be). */
    @Column(name = "unit_key")
    private long unitKey;

    @Column(name = "value_num")
    private Double value;

    @Column(name = "published_value")
    private Double publishedValue;

    @Convert(converter = InputsConverter.class)
    private Map<String, Double> inputs;

    @Column(name = "data_source")
    private String dataSource;

    private String document;

    private String note;

    /** The change as the source document printed it ("4.5% better"), if it printed one. */
    @Column(name = "published_change")
    private String publishedChange;

    @Convert(converter = FlagsConverter.class)
    private List<Flag> flags = new ArrayList<>();

    /** 95% confidence interval of a relative likelihood computed from counts (log method). */
    @Column(name = "ci_lower")
    private Double ciLower;

    @Column(name = "ci_upper")
    private Double ciUpper;

    /** INSIDE, OUTSIDE or ACROSS NHS England's non-adverse range 0.80–1.25. */
    @Column(name = "ci_position")
    private String ciPosition;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Version
    private long version;

    protected MeasurementEntity() {}

    public MeasurementEntity(
            String organisationCode,
            String indicatorCode,
            Period period,
            String groupCode,
            String breakdown,
            Double value,
            Double publishedValue,
            Map<String, Double> inputs,
            String dataSource,
            String document,
            String note,
            List<Flag> flags,
            String recordedBy) {
        this.organisationCode = organisationCode;
        this.indicatorCode = indicatorCode;
        this.period = period.code();
        this.periodYear = period.firstYear();
        this.groupCode = groupCode == null ? "" : groupCode;
        this.breakdown = breakdown == null ? "" : breakdown;
        this.value = value;
        this.publishedValue = publishedValue;
        this.inputs = inputs == null || inputs.isEmpty() ? null : inputs;
        this.dataSource = dataSource;
        this.document = document;
        this.note = note;
        this.flags = new ArrayList<>(flags);
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public String getPeriod() {
        return period;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public String getGroupCode() {
        return groupCode.isEmpty() ? null : groupCode;
    }

    public String getBreakdown() {
        return breakdown.isEmpty() ? null : breakdown;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Double getValue() {
        return value;
    }

    public Map<String, Double> getInputs() {
        return inputs == null ? Map.of() : inputs;
    }

    public String getDataSource() {
        return dataSource;
    }

    public String getDocument() {
        return document;
    }

    public String getNote() {
        return note;
    }

    public List<Flag> getFlags() {
        return flags;
    }

    public void setConfidenceInterval(Calculations.Interval interval) {
        this.ciLower = interval.lower();
        this.ciUpper = interval.upper();
        this.ciPosition = interval.position().name();
    }

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }

    /** A second source gives another figure for the same series: keep ours, record theirs. */
    /** Measures the figure for one unit of the organisation (null: the whole organisation). */
    public void setUnitId(Long unitId) {
        this.unitId = unitId;
        this.unitKey = unitId == null ? 0 : unitId;
    }

    public void setPublishedChange(String publishedChange) {
        this.publishedChange = publishedChange;
    }

    public void addFlag(Flag flag) {
        this.flags.add(flag);
    }

    public org.parity.indicator.Measurement view() {
        return new org.parity.indicator.Measurement(
                id,
                organisationCode,
                indicatorCode,
                period,
                periodYear,
                getGroupCode(),
                getBreakdown(),
                unitId,
                value,
                publishedValue,
                getInputs(),
                dataSource,
                document,
                note,
                publishedChange,
                getFlags(),
                recordedAt,
                recordedBy,
                ciLower,
                ciUpper,
                ciPosition);
    }

    /** The series and period a figure is for: one stored figure per key. */
    public static String key(MeasurementEntity m) {
        return key(
                m.getOrganisationCode(),
                m.getIndicatorCode(),
                m.getPeriod(),
                m.getGroupCode(),
                m.getBreakdown(),
                m.getUnitId());
    }

    /** The key of a figure of the whole organisation or (unitId not null) of one of its units. */
    public static String key(
            String organisation, String indicator, String period, String group, String breakdown, Long unitId) {
        return organisation + "|" + indicator + "|" + period + "|" + (group == null ? "" : group) + "|"
                + (breakdown == null ? "" : breakdown) + (unitId == null ? "" : "|unit " + unitId);
    }
}
