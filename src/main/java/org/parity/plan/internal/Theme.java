package org.parity.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.parity.common.LinesConverter;

/** A theme, objective, indicator heading or focus area of a plan, in document order. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private int position;

    private String title;

    private String description;

    @Convert(converter = LinesConverter.class)
    private List<String> objectives = new ArrayList<>();

    @Column(name = "success_measures")
    @Convert(converter = LinesConverter.class)
    private List<String> successMeasures = new ArrayList<>();

    private String timescale;

    private String progress;

    @Version
    private long version;

    protected Theme() {}

    public Theme(
            Long planId,
            int position,
            String title,
            String description,
            List<String> objectives,
            List<String> successMeasures,
            String timescale,
            String progress) {
        this.planId = planId;
        this.position = position;
        this.title = title;
        this.description = description;
        this.objectives = new ArrayList<>(objectives);
        this.successMeasures = new ArrayList<>(successMeasures);
        this.timescale = timescale;
        this.progress = progress;
    }

    public void rename(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public List<String> getSuccessMeasures() {
        return successMeasures;
    }

    public String getTimescale() {
        return timescale;
    }

    public String getProgress() {
        return progress;
    }

    public long getVersion() {
        return version;
    }
}
