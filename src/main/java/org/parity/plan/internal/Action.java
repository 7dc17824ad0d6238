package org.parity.plan.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parity.common.Flag;
import org.parity.common.FlagsConverter;
import org.parity.common.LinesConverter;
import org.parity.plan.ActionStatus;
import org.parity.plan.ReviewCadence;
import org.parity.plan.Timescale;
import org.parity.plan.TimescaleParser;
import org.parity.progress.Rag;

/**
 * One action of a plan: who leads and sponsors it, the timescale as printed and what could be parsed
 * from it, its success measures and the indicators it is meant to move. Its life runs as a process.
 */
@Entity
@EntityListeners(ActionWrites.class)
@Table(name = "action")
public class Action {

    /** The flags {@link TimescaleParser} raises: replaced when the timescale is edited. */
    static final Set<String> TIMESCALE_FLAGS =
            Set.of("NO_TIMESCALE", "IMPOSSIBLE_DATE", "ASSUMED_CALENDAR_QUARTER", "OPEN_ENDED", "UNPARSED_TIMESCALE");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "theme_id")
    private Long themeId;

    @Column(name = "action_key")
    private String key;

    private String title;

    private String rationale;

    @Column(name = "lead_role")
    private String leadRole;

    @Column(name = "sponsor_role")
    private String sponsorRole;

    @Column(name = "lead_username")
    private String leadUsername;

    @Column(name = "sponsor_username")
    private String sponsorUsername;

    @Convert(converter = LinesConverter.class)
    private List<String> stakeholders = new ArrayList<>();

    @Column(name = "timescale_text")
    private String timescaleText;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "due_date")
    private LocalDate due;

    @Column(name = "review_cadence")
    @Enumerated(EnumType.STRING)
    private ReviewCadence reviewCadence;

    @Column(name = "success_measures")
    @Convert(converter = LinesConverter.class)
    private List<String> successMeasures = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Enumerated(EnumType.STRING)
    private Rag rag;

    @Column(name = "percent_complete")
    private Integer percentComplete;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Convert(converter = FlagsConverter.class)
    private List<Flag> flags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "action_indicator", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "indicator_code")
    private Set<String> indicatorCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "action_hia", joinColumns = @JoinColumn(name = "action_id"))
    private Set<HiaLink> hiaLinks = new LinkedHashSet<>();

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Action() {}

    public Action(Long planId, Long themeId, String key, String title) {
        this.planId = planId;
        this.themeId = themeId;
        this.key = key;
        this.title = title;
        this.status = ActionStatus.DRAFT;
        this.reviewCadence = ReviewCadence.QUARTERLY;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getRationale() {
        return rationale;
    }

    public String getLeadRole() {
        return leadRole;
    }

    public String getSponsorRole() {
        return sponsorRole;
    }

    public String getLeadUsername() {
        return leadUsername;
    }

    public String getSponsorUsername() {
        return sponsorUsername;
    }

    public List<String> getStakeholders() {
        return stakeholders;
    }

    public String getTimescaleText() {
        return timescaleText;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getDue() {
        return due;
    }

    public ReviewCadence getReviewCadence() {
        return reviewCadence;
    }

    public List<String> getSuccessMeasures() {
        return successMeasures;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Rag getRag() {
        return rag;
    }

    public Integer getPercentComplete() {
        return percentComplete;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public List<Flag> getFlags() {
        return flags;
    }

    public Set<String> getIndicatorCodes() {
        return indicatorCodes;
    }

    public long getVersion() {
        return version;
    }

    public void describe(String rationale, List<String> stakeholders, List<String> successMeasures, Long unitId) {
        this.rationale = rationale;
        this.stakeholders = new ArrayList<>(stakeholders);
        this.successMeasures = new ArrayList<>(successMeasures);
        this.unitId = unitId;
        touch();
    }

    public void assign(String leadRole, String leadUsername, String sponsorRole, String sponsorUsername) {
        this.leadRole = leadRole;
        this.leadUsername = leadUsername;
        this.sponsorRole = sponsorRole;
        this.sponsorUsername = sponsorUsername;
        touch();
    }

    public void schedule(Timescale timescale) {
        this.timescaleText = timescale.text();
        this.start = timescale.start();
        this.due = timescale.due();
        this.reviewCadence = timescale.cadence();
        timescale.flags().forEach(this::addFlag);
        touch();
    }

    /** What the EDI team edits: title, rationale, measures and stakeholders (the unit is kept). */
    public void revise(String title, String rationale, List<String> stakeholders, List<String> successMeasures) {
        this.title = title;
        describe(rationale, stakeholders, successMeasures, unitId);
    }

    /** A new timescale replaces the old one and the flags its parsing raised. */
    public void reschedule(Timescale timescale) {
        flags.removeIf(f -> TIMESCALE_FLAGS.contains(f.code()));
        schedule(timescale);
    }

    /** The indicator links become exactly these. */
    public void relinkIndicators(Set<String> codes) {
        this.indicatorCodes.clear();
        linkIndicators(codes);
    }

    public void linkIndicators(Set<String> codes) {
        this.indicatorCodes.addAll(codes);
        touch();
    }

    public Set<HiaLink> getHiaLinks() {
        return hiaLinks;
    }

    /** Links Parity inferred, each with its reason; a link already there (stated or inferred) is kept as it is. */
    public void inferHighImpactActions(java.util.Map<String, String> reasons) {
        reasons.forEach((code, reason) -> {
            if (hiaLinks.stream().noneMatch(l -> l.getHiaCode().equals(code))) {
                hiaLinks.add(new HiaLink(code, true, reason));
            }
        });
        touch();
    }

    /**
     * The links become exactly these codes, as a person chose them: a link kept keeps what it was (an
     * inferred one stays marked inferred until someone links it on purpose); a new one is stated.
     */
    public void chooseHighImpactActions(Set<String> codes) {
        hiaLinks.removeIf(l -> !codes.contains(l.getHiaCode()));
        for (String code : codes) {
            if (hiaLinks.stream().noneMatch(l -> l.getHiaCode().equals(code))) {
                hiaLinks.add(new HiaLink(code, false, null));
            }
        }
        touch();
    }

    /** Adds a flag; a second flag of the same code (e.g. from the document and from parsing) merges its note in. */
    public void addFlag(Flag flag) {
        for (int i = 0; i < flags.size(); i++) {
            Flag existing = flags.get(i);
            if (existing.code().equals(flag.code())) {
                if (flag.note() != null
                        && (existing.note() == null || !existing.note().contains(flag.note()))) {
                    flags.set(
                            i,
                            Flag.of(
                                    existing.code(),
                                    existing.note() == null ? flag.note() : existing.note() + " " + flag.note()));
                }
                return;
            }
        }
        flags.add(flag);
    }

    public void changeStatus(ActionStatus newStatus) {
        this.status = newStatus;
        touch();
    }

    public void report(Rag rag, Integer percentComplete) {
        this.rag = rag;
        this.percentComplete = percentComplete;
        touch();
    }

    /** A new due date, agreed by the sponsor on an extension request. */
    public void extendTo(LocalDate newDue) {
        this.due = newDue;
        touch();
    }

    public void withdraw(String reason) {
        this.status = ActionStatus.WITHDRAWN;
        this.withdrawnReason = reason;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
