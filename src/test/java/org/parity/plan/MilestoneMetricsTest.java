package org.parity.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.support.Scrape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** parity_milestones_off_track and parity_milestones_missed count the seeded milestones and follow a change. */
@ParityTest
class MilestoneMetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theGaugesCountTheMilestonesAndFollowAChangeOfState() throws Exception {
        Scrape before = Scrape.of(mvc);
        double offTrack = count(MilestoneStatus.OFF_TRACK);
        double missed = count(MilestoneStatus.MISSED);
        assertThat(before.value("parity_milestones_off_track")).isEqualTo(offTrack);
        assertThat(before.value("parity_milestones_missed")).isEqualTo(missed);

        Milestone changed = milestones.findAll().stream()
                .filter(m -> m.getStatus() != MilestoneStatus.OFF_TRACK && m.getStatus() != MilestoneStatus.MISSED)
                .findFirst()
                .orElseThrow();
        MilestoneStatus was = changed.getStatus();
        try {
            setStatus(changed, MilestoneStatus.OFF_TRACK);
            Scrape wentOffTrack = Scrape.of(mvc);
            assertThat(wentOffTrack.value("parity_milestones_off_track")).isEqualTo(offTrack + 1);
            assertThat(wentOffTrack.value("parity_milestones_missed")).isEqualTo(missed);

            setStatus(changed, MilestoneStatus.MISSED);
            Scrape wasMissed = Scrape.of(mvc);
            assertThat(wasMissed.value("parity_milestones_off_track")).isEqualTo(offTrack);
            assertThat(wasMissed.value("parity_milestones_missed")).isEqualTo(missed + 1);
        } finally {
            setStatus(changed, was);
        }
        Scrape restored = Scrape.of(mvc);
        assertThat(restored.value("parity_milestones_off_track")).isEqualTo(offTrack);
        assertThat(restored.value("parity_milestones_missed")).isEqualTo(missed);
    }

    private void setStatus(Milestone milestone, MilestoneStatus status) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx ->
                        milestones.findById(milestone.getId()).orElseThrow().setStatus(status));
    }

    /** Counted row by row here, independently of the gauges' aggregate query. */
    private double count(MilestoneStatus status) {
        return milestones.findAll().stream()
                .filter(m -> m.getStatus() == status)
                .count();
    }
}
