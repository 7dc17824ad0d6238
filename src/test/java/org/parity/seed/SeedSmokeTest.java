package org.parity.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;

@ParityTest
class SeedSmokeTest {

    @Autowired PlanRepository plans;

    @Test
    void seedsLoad() {
        assertThat(plans.count()).isEqualTo(11);
    }
}
