package org.parity.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.parity.plan.MilestoneStatus;

/**
 * A milestone of an action; optionally linked to an indicator (with group and breakdown), a baseline
 * and a target, so that each new value of the indicator says whether the action is working.
 */
@Entity
@EntityListeners(ActionWrites.class)
@Table(name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id")
    private Long actionId;

    private int position;

    private String title;

    @Column(name = "due_date")
    private LocalDate due;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "group_code")
    private String groupCode;

    private String breakdown;

    private Double baseline;

    @Column(name = "baseline_period")
    private String baselinePeriod;

    private Double target;

    @Column(name = "target_period")
    private String targetPeriod;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private long version;

    protected Milestone() {}

    public Milestone(
            Long actionId,
            int position,
            String title,
            LocalDate due,
            String indicatorCode,
            String groupCode,
            String breakdown,
            Double baseline,
            String baselinePeriod,
            Double target,
            String targetPeriod) {
        this.actionId = actionId;
        this.position = position;
        this.title = title;
        this.due = due;
        this.indicatorCode = indicatorCode;
        this.groupCode = groupCode;
        this.breakdown = breakdown;
        this.baseline = baseline;
        this.baselinePeriod = baselinePeriod;
        this.target = target;
        this.targetPeriod = targetPeriod;
        this.status = indicatorCode == null ? MilestoneStatus.PENDING : MilestoneStatus.NO_DATA;
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDue() {
        return due;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public String getBreakdown() {
        return breakdown;
    }

    public Double getBaseline() {
        return baseline;
    }

    public String getBaselinePeriod() {
        return baselinePeriod;
    }

    public Double getTarget() {
        return target;
    }

    public String getTargetPeriod() {
        return targetPeriod;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public long getVersion() {
        return version;
    }

    /** New wording, dates or measure; the status starts again from "no data" (or pending) until evaluated. */
    public void revise(
            String title,
            LocalDate due,
            String indicatorCode,
            String groupCode,
            Double baseline,
            String baselinePeriod,
            Double target,
            String targetPeriod) {
        this.title = title;
        this.due = due;
        this.indicatorCode = indicatorCode;
        this.groupCode = groupCode;
        this.baseline = baseline;
        this.baselinePeriod = baselinePeriod;
        this.target = target;
        this.targetPeriod = targetPeriod;
        this.status = indicatorCode == null ? MilestoneStatus.PENDING : MilestoneStatus.NO_DATA;
    }

    public void setStatus(MilestoneStatus status) {
        this.status = status;
    }
}
