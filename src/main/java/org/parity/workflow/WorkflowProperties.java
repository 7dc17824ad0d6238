package org.parity.workflow;

import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Durations and dates the process models take through the schedule bean (never literals in BPMN):
 * {@code parity.workflow.*}, with per-organisation overrides under {@code parity.workflow.organisations.ORG}.
 *
 * @param reminderBefore  how long before a progress update falls due the lead gets a reminder
 * @param gracePeriod     how long an update may be overdue before the EDI team chases and the sponsor is told
 * @param stepDue         how long scope, sign-off, reviews and other one-off tasks have
 * @param openEndedReview for an action without a due date: how often the lead must propose completion or a date
 * @param zone            the zone in which a due date ends
 * @param sweepCycle      cron (engine's JVM zone) of the check that escalates overdue tasks and, once a day in
 *                        {@code zone}, marks milestones past their date as missed; hourly by default
 */
@ConfigurationProperties("parity.workflow")
public record WorkflowProperties(
        @DefaultValue("P7D") Period reminderBefore,
        @DefaultValue("P14D") Period gracePeriod,
        @DefaultValue("P14D") Period stepDue,
        @DefaultValue("P1Y") Period openEndedReview,
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue("0 5 * * * ?") String sweepCycle,
        Map<String, Timing> organisations,
        Reporting reporting) {

    public WorkflowProperties {
        organisations = organisations == null ? Map.of() : Map.copyOf(organisations);
        reporting = reporting == null ? new Reporting(null, null, null) : reporting;
    }

    /** The timing for one organisation: its overrides, else the defaults. */
    public Timing timingOf(String organisation) {
        Timing own = organisation == null
                ? null
                : organisations.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(organisation))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
        if (own == null) {
            return new Timing(reminderBefore, gracePeriod, stepDue);
        }
        return new Timing(
                own.reminderBefore() == null ? reminderBefore : own.reminderBefore(),
                own.gracePeriod() == null ? gracePeriod : own.gracePeriod(),
                own.stepDue() == null ? stepDue : own.stepDue());
    }

    public record Timing(Period reminderBefore, Period gracePeriod, Period stepDue) {}

    /**
     * The yearly reporting cycle: dates counted from the data snapshot (31 March of the report year).
     *
     * @param snapshot       the snapshot day as {@code --MM-DD}
     * @param reminderBefore how long before the publication deadline the EDI team is reminded
     * @param standards      per standard (WRES, WDES, GPG): when each step is due after the snapshot
     */
    public record Reporting(String snapshot, Period reminderBefore, Map<String, StandardDates> standards) {
        public Reporting {
            snapshot = snapshot == null ? "--03-31" : snapshot;
            reminderBefore = reminderBefore == null ? Period.ofDays(14) : reminderBefore;
            standards = standards == null ? Map.of() : Map.copyOf(standards);
        }

        public StandardDates of(String standard) {
            return standards.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(standard))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no reporting dates configured for " + standard));
        }

        public boolean knows(String standard) {
            return standards.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(standard));
        }
    }

    public record StandardDates(Period figuresDue, Period reportDue, Period signOffDue, Period publishBy) {}
}
