package org.parity.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.indicator.internal.MeasurementRepository;
import org.parity.organisation.Organisations;
import org.parity.people.internal.AppUserRepository;
import org.parity.plan.ActionStatus;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.workflow.ProcessGateway;
import org.springframework.beans.factory.annotation.Autowired;

/** Loading is once-only and all-or-nothing; a malformed file names its file, line and problem. */
@ParityTest
class SeedLoaderTest {

    @Autowired
    SeedLoader loader;

    @Autowired
    PlanRepository plans;

    @Autowired
    ActionRepository actions;

    @Autowired
    MeasurementRepository measurements;

    @Autowired
    Organisations organisations;

    @Autowired
    AppUserRepository users;

    @Autowired
    RuntimeService runtime;

    @Test
    void aSecondStartLoadsNothingTwice() {
        long plansBefore = plans.count();
        long actionsBefore = actions.count();
        long figuresBefore = measurements.count();
        long usersBefore = users.count();
        long processesBefore = runtime.createProcessInstanceQuery().count();

        assertThat(loader.loadIfEmpty()).isEqualTo(SeedLoader.SeedSummary.SKIPPED);

        assertThat(plans.count()).isEqualTo(plansBefore);
        assertThat(actions.count()).isEqualTo(actionsBefore);
        assertThat(measurements.count()).isEqualTo(figuresBefore);
        assertThat(users.count()).isEqualTo(usersBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    @Test
    void everyActionUnderWayHasItsProcessWithTheOrganisationAsTenant() {
        long underWay = actions.findByStatus(ActionStatus.IN_PROGRESS).size();
        assertThat(underWay).isGreaterThan(100);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessGateway.ACTION_PROCESS)
                        .count())
                .isGreaterThanOrEqualTo(underWay);
        var action = actions.findByStatus(ActionStatus.IN_PROGRESS).get(0);
        var instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(action.getId()))
                .singleResult();
        assertThat(instance.getTenantId()).isIn("kmpt", "ekhuft", "kings");
        assertThat(runtime.getVariables(instance.getId())).containsOnlyKeys("actionId", "organisation", "underWay");
    }

    @Test
    void aMalformedYamlFileNamesTheFileTheLineAndTheProblem() {
        assertThatThrownBy(() -> loader.loadFrom("classpath:seed-broken-yaml/"))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("seed-broken-yaml/organisations.yaml")
                .hasMessageContaining("line 3")
                .hasMessageContaining("unknown key 'nmae'");
    }

    @Test
    void aMalformedCsvRowNamesItsLineAndNothingOfTheFileIsStored() {
        long figuresBefore = measurements.count();
        assertThatThrownBy(() -> loader.loadFrom("classpath:seed-broken-csv/"))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("tst-figures.csv")
                .hasMessageContaining("line 3")
                .hasMessageContaining("'one point two' is not a number");
        assertThat(organisations.exists("tst")).isFalse();
        assertThat(measurements.count()).isEqualTo(figuresBefore);
    }
}
