package org.parity.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parity.common.Flag;
import org.parity.common.FlagsConverter;
import org.parity.common.LinesConverter;

/** An organisation's equality action plan for one standard (or a wider EDI plan) and period. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_key")
    private String key;

    @Column(name = "organisation_code")
    private String organisationCode;

    @Column(name = "standard_code")
    private String standardCode;

    private String title;

    private String period;

    private String description;

    @Convert(converter = LinesConverter.class)
    private List<String> sources = new ArrayList<>();

    @Convert(converter = FlagsConverter.class)
    private List<Flag> flags = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Plan() {}

    public Plan(
            String key,
            String organisationCode,
            String standardCode,
            String title,
            String period,
            String description,
            List<String> sources,
            List<Flag> flags) {
        this.key = key;
        this.organisationCode = organisationCode;
        this.standardCode = standardCode;
        this.title = title;
        this.period = period;
        this.description = description;
        this.sources = new ArrayList<>(sources);
        this.flags = new ArrayList<>(flags);
        this.createdAt = Instant.now();
    }

    /** The EDI team's edit of what the plan is called, covers and says about itself. */
    public void revise(String title, String period, String description) {
        this.title = title;
        this.period = period;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public String getTitle() {
        return title;
    }

    public String getPeriod() {
        return period;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getSources() {
        return sources;
    }

    public List<Flag> getFlags() {
        return flags;
    }

    public long getVersion() {
        return version;
    }
}
