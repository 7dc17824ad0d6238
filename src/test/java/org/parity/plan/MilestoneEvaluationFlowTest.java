package org.parity.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.audit.AuditEvent;
import org.parity.audit.AuditLog;
import org.parity.indicator.IndicatorValueRecorded;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The event flow: a value imported through the API → IndicatorValueRecorded (after commit) → the
 * plan module re-evaluates the linked milestone in its own transaction → MilestoneWentOffTrack,
 * once per change to off track.
 */
@ParityTest
@EnableScenarios
class MilestoneEvaluationFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    ActionRepository actions;

    @Autowired
    EventPublicationRegistry publications;

    @Autowired
    AuditLog audit;

    /** WRES7 (higher is better) for BAME staff, 40% in 2030 to 50% in 2040: the line gains 1 point a year. */
    Milestone milestone(String breakdown) {
        Long actionId = actions.inOrganisations(List.of("kmpt")).get(0).getId();
        return milestones.save(new Milestone(
                actionId,
                99,
                "Career progression belief " + breakdown,
                LocalDate.of(2040, 12, 31),
                "WRES7",
                "BAME",
                breakdown,
                40.0,
                "2030",
                50.0,
                "2040"));
    }

    void importValue(String period, double value, String breakdown) {
        try {
            mvc.perform(post("/api/organisations/kmpt/measurements")
                            .with(httpBasic("edi@kmpt", "parity-demo"))
                            .contentType(MediaType.parseMediaType("text/csv"))
                            .content("indicator,period,group,breakdown,value,source\nWRES7," + period + ",BAME,"
                                    + breakdown + "," + value + ",STAFF_SURVEY\n"))
                    .andExpect(status().isCreated());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    MilestoneStatus statusOf(Long id) {
        return milestones.findById(id).orElseThrow().getStatus();
    }

    boolean evaluated(String breakdown) {
        return publications.findIncompletePublications().stream()
                .noneMatch(p -> p.getEvent() instanceof IndicatorValueRecorded r
                        && java.util.Objects.equals(breakdown, r.breakdown()));
    }

    void awaitEvaluationsOf(String breakdown) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> evaluated(breakdown));
    }

    @Test
    void aValueBehindTheLinePutsTheMilestoneOffTrackAndPublishesOncePerChange(Scenario scenario) {
        String breakdown = "flow:off-track";
        Long id = milestone(breakdown).getId();
        assertThat(statusOf(id)).isEqualTo(MilestoneStatus.NO_DATA);

        // 2035 (31 Dec): the line stands at 45; 43 is behind it
        scenario.stimulate(() -> importValue("2035", 43, breakdown))
                .andWaitForEventOfType(MilestoneWentOffTrack.class)
                .matching(e -> e.milestoneId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.actionId())
                            .isEqualTo(milestones.findById(id).orElseThrow().getActionId());
                    assertThat(e.indicator()).isEqualTo("WRES7");
                    assertThat(e.period()).isEqualTo("2035");
                    assertThat(e.value()).isEqualTo(43.0);
                });
        assertThat(statusOf(id)).isEqualTo(MilestoneStatus.OFF_TRACK);

        // 2036: the line at 46; 47 is ahead of it
        scenario.stimulate(() -> importValue("2036", 47, breakdown))
                .andWaitForStateChange(() -> statusOf(id), s -> s == MilestoneStatus.ON_TRACK)
                .andVerify(s -> assertThat(s).isEqualTo(MilestoneStatus.ON_TRACK));

        // 2037: 41 is behind again: a second change, a second event
        scenario.stimulate(() -> importValue("2037", 41, breakdown))
                .andWaitForEventOfType(MilestoneWentOffTrack.class)
                .matching(e -> e.milestoneId().equals(id) && e.period().equals("2037"))
                .toArrive();

        // 2037 corrected to 41.5: still off track, so no further event
        scenario.stimulate(() -> importValue("2037", 41.5, breakdown))
                .andWaitForStateChange(() -> evaluated(breakdown), done -> done)
                .andVerifyEvents(events -> assertThat(events.ofType(MilestoneWentOffTrack.class)
                                .matching(e -> e.milestoneId().equals(id) && e.value() == 41.5))
                        .isEmpty());
        assertThat(statusOf(id)).isEqualTo(MilestoneStatus.OFF_TRACK);

        // 2038: 51 meets the 50% target
        importValue("2038", 51, breakdown);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(id) == MilestoneStatus.ACHIEVED);

        List<AuditEvent> trail = audit.forSubject("MILESTONE", String.valueOf(id));
        assertThat(trail)
                .extracting(AuditEvent::toState)
                .containsExactly("OFF_TRACK", "ON_TRACK", "OFF_TRACK", "ACHIEVED");
        assertThat(trail.get(0).fromState()).isEqualTo("NO_DATA");
    }

    @Test
    void onlyMilestonesOfTheSameOrganisationGroupAndBreakdownAreEvaluated() {
        String breakdown = "flow:other-series";
        Long id = milestone(breakdown).getId();
        importValue("2035", 30, breakdown + "-not-this-one");
        importValue("2035", 30, "");
        awaitEvaluationsOf(breakdown + "-not-this-one");
        awaitEvaluationsOf(null);
        assertThat(statusOf(id)).isEqualTo(MilestoneStatus.NO_DATA);
    }
}
